// Participant-side callers (public pages, the SDK snippet) identify their project with its public
// key, sent as `?key=ut_pub_…` (works for sendBeacon, which cannot set headers) or `X-UserTests-Key`.
import { unauthorized } from "@/lib/errors";
import { hashSecret, kindOf } from "@/lib/security/secret-tokens";
import { publicKeyCallerFor } from "./public-key-cache";
import { touchPublicKey } from "./touch-public-key";

export interface PublicKeyCaller {
  kind: "public_key";
  projectId: string;
  keyId: string;
  allowedOrigins: string[];
}

export function publicKeyFrom(req: Request): string | null {
  return new URL(req.url).searchParams.get("key") ?? req.headers.get("x-usertests-key");
}

export async function resolvePublicKey(req: Request): Promise<PublicKeyCaller> {
  const value = publicKeyFrom(req);
  if (!value) throw unauthorized("Send the project's public key as ?key=ut_pub_… or an X-UserTests-Key header");
  return resolvePublicKeyValue(value);
}

/** The caller behind a public key value (pages receive it from their URL rather than a request). */
export async function resolvePublicKeyValue(value: string): Promise<PublicKeyCaller> {
  if (kindOf(value) !== "publicKey") throw unauthorized("Not a public key (ut_pub_…)");
  const caller = await publicKeyCallerFor(hashSecret(value));
  if (!caller) throw unauthorized("Invalid or revoked public key");
  await touchPublicKey(caller.keyId);
  return caller;
}
