// Participant-side callers (public pages, the SDK snippet) identify their project with its public
// key, sent as `?key=ut_pub_…` (works for sendBeacon, which cannot set headers) or `X-UserTests-Key`.
import { db } from "@/lib/db";
import { unauthorized } from "@/lib/errors";
import { hashSecret, kindOf } from "@/lib/security/secret-tokens";
import { cachedPublicKey, rememberPublicKey } from "./public-key-cache";
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
  const keyHash = hashSecret(value);
  const cached = cachedPublicKey(keyHash);
  if (cached) {
    await touchPublicKey(cached.keyId);
    return cached;
  }
  const key = await db.projectKey.findUnique({
    where: { keyHash },
    select: { id: true, kind: true, revokedAt: true, projectId: true, project: { select: { allowedOrigins: true } } },
  });
  if (!key || key.kind !== "public" || key.revokedAt) throw unauthorized("Invalid or revoked public key");
  const caller: PublicKeyCaller = { kind: "public_key", projectId: key.projectId, keyId: key.id, allowedOrigins: key.project.allowedOrigins };
  rememberPublicKey(keyHash, caller);
  await touchPublicKey(caller.keyId);
  return caller;
}
