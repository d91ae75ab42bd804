import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./credential-cipher";

describe("credential cipher (AES-256-GCM)", () => {
  const key = randomBytes(32);

  it("round-trips, with a fresh IV each time", () => {
    const a = encryptSecret("github_pat_secret", key);
    const b = encryptSecret("github_pat_secret", key);
    expect(a).not.toBe(b);
    expect(a).not.toContain("github_pat_secret");
    expect(decryptSecret(a, key)).toBe("github_pat_secret");
  });

  it("detects tampering and names a changed key", () => {
    const sealed = encryptSecret("token", key);
    const parts = sealed.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join("."), key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow(/another GITHUB_CREDENTIALS_KEY/);
  });

  it("derives a default key outside production, so tests and dev need no setup", () => {
    expect(decryptSecret(encryptSecret("x"))).toBe("x");
  });
});
