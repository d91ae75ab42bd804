// A participant's email as the data-rights requests hold it (issue #14). Identity is the trimmed,
// lower-cased address. The keyed hash answers "did you erase X?" after a request finished without
// keeping the address: HMAC-SHA256 with a key derived from AUTH_SECRET, so a dictionary of likely
// addresses cannot be matched against the table without the server's secret.
//
// While a job runs the address itself is needed (to find the person), so callers seal it with
// encryptSecret/decryptSecret (lib/github/credential-cipher.ts) under `participantEmailCipherKey()`.
// The sealing call lives with the caller because lib/privacy sits below lib/github in the domain
// order (github → tasks → privacy), and a key of its own keeps erasures working on servers that
// never configured GITHUB_CREDENTIALS_KEY.
import { createHmac, hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

const derive = (label: string) => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "usertests", label, 32));

/** The one form of an address we compare: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** HMAC-SHA256 (hex) of the normalized address, keyed by HKDF(AUTH_SECRET, "participant-email-hash-v1"). */
export function participantEmailHash(email: string): string {
  return createHmac("sha256", derive("participant-email-hash-v1")).update(normalizeEmail(email)).digest("hex");
}

/** The AES-256-GCM key for sealing an address (or other personal text) while a job runs: pass it to encryptSecret/decryptSecret. */
export function participantEmailCipherKey(): Buffer {
  return derive("participant-email-cipher-v1");
}
