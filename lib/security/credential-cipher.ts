// Encryption at rest for per-project GitHub credentials and webhook secrets, outbound webhook secrets
// and Slack webhook URLs: AES-256-GCM with a random 96-bit IV per value. The ciphertext names the key it was made with (a short fingerprint),
// so a changed key is reported clearly instead of failing as "bad auth tag".
import "server-only";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const VERSION = "v1";

/** GITHUB_CREDENTIALS_KEY, or (outside production) a key derived from AUTH_SECRET so dev and tests need no setup. */
export function credentialsKey(): Buffer {
  const { GITHUB_CREDENTIALS_KEY, AUTH_SECRET, NODE_ENV } = env();
  if (GITHUB_CREDENTIALS_KEY) return Buffer.from(GITHUB_CREDENTIALS_KEY, "base64");
  if (NODE_ENV === "production") {
    throw new AppError("service_unavailable", "GITHUB_CREDENTIALS_KEY is not set on the server, so GitHub credentials cannot be stored");
  }
  // HKDF with a purpose label: the derived key reveals nothing about AUTH_SECRET and differs from any other use of it
  return Buffer.from(hkdfSync("sha256", AUTH_SECRET, "usertests", "github-credentials-v1", 32));
}

const fingerprint = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

export function encryptSecret(plain: string, key: Buffer = credentialsKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, fingerprint(key), iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(sealed: string, key: Buffer = credentialsKey()): string {
  const [version, keyId, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Unrecognised encrypted value");
  if (keyId !== fingerprint(key)) {
    throw new AppError(
      "unprocessable",
      "The GitHub credentials were encrypted with another GITHUB_CREDENTIALS_KEY; reconnect the repository",
    );
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
