// Which ways to sign in a server offers: a sign-in link is a password, so production sends it by
// mail or not at all — never to a log file.
import { describe, expect, it } from "vitest";
import { configuredProviders, providers } from "./auth-providers";
import { parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app", AUTH_SECRET: "0123456789abcdef0123" };
// a provider's id is its options' id when given (Nodemailer({ id: "email" }))
const ids = (e: ReturnType<typeof parseEnv>) =>
  providers(e).map((p) => {
    const c = (typeof p === "function" ? p() : p) as { id: string; options?: { id?: string } };
    return c.options?.id ?? c.id;
  });

describe("sign-in providers", () => {
  it("production without SMTP offers no email link", () => {
    const e = parseEnv({ ...base, NODE_ENV: "production" });
    expect(ids(e)).not.toContain("email");
    expect(ids(e)).not.toContain("dev");
    expect(configuredProviders(e)).toMatchObject({ email: false, dev: false });
  });

  it("production with SMTP sends links by mail", () => {
    const e = parseEnv({ ...base, NODE_ENV: "production", EMAIL_SERVER: "smtp://mail.example.test:587" });
    expect(ids(e)).toContain("email");
    expect(configuredProviders(e)).toMatchObject({ email: true, emailLogged: false });
  });

  it("development without SMTP logs the link locally, so sign-in works offline", () => {
    const e = parseEnv({ ...base, NODE_ENV: "development" });
    expect(ids(e)).toContain("email");
    expect(configuredProviders(e)).toMatchObject({ email: true, emailLogged: true });
  });
});
