// A participant's email as the data-rights requests hold it (issue #14). Identity is the trimmed,
// lower-cased address. The keyed hash answers "did you erase X?" after a request finished without
// keeping the address: HMAC-SHA256 with a key derived from AUTH_SECRET, so a dictionary of likely
// addresses cannot be matched against the table without the server's secret.
//
// While a job runs the address itself is needed (to find the person), so it is sealed with
// AES-256-GCM under a key of its own (HKDF from AUTH_SECRET, so erasures and exports work on servers
// that never configured GITHUB_CREDENTIALS_KEY). The sealed form is credential-cipher's
// ("v1.<key fingerprint>.<iv>.<tag>.<data>"); it is written here rather than imported because
// lib/privacy sits below lib/github in the domain order (github → tasks → privacy).
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const derive = (label: string) => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "usertests", label, 32));

/** The one form of an address we compare: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** HMAC-SHA256 (hex) of the normalized address, keyed by HKDF(AUTH_SECRET, "participant-email-hash-v1"). */
export function participantEmailHash(email: string): string {
  return createHmac("sha256", derive("participant-email-hash-v1")).update(normalizeEmail(email)).digest("hex");
}

/** The normalized address, encrypted for the time a job needs it. */
export function sealParticipantEmail(email: string): string {
  return sealPersonalText(normalizeEmail(email));
}

export function openParticipantEmail(sealed: string): string {
  return openPersonalText(sealed);
}

const VERSION = "v1";
const cipherKey = () => derive("participant-email-cipher-v1");
const fingerprint = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

/** Other personal text a job carries between its steps (an erasure's quotes to redact on GitHub), sealed the same way. */
export function sealPersonalText(plain: string): string {
  const key = cipherKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, fingerprint(key), iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(
    ".",
  );
}

export function openPersonalText(sealed: string): string {
  const key = cipherKey();
  const [version, keyId, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Unrecognised sealed value");
  if (keyId !== fingerprint(key))
    throw new AppError("unprocessable", "The request was sealed under another AUTH_SECRET; make a new request");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
