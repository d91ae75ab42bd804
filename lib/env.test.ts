import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app", AUTH_SECRET: "0123456789abcdef0123" };

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
  return [];
}

describe("parseEnv", () => {
  it("accepts a minimal environment and applies defaults", () => {
    const env = parseEnv(valid);
    expect(env).toMatchObject({
      NODE_ENV: "development",
      APP_URL: "http://localhost:3000",
      DATA_DIR: ".data",
      AUTH_DEV_LOGIN: false,
      LOG_LEVEL: "info",
    });
  });

  it("names every missing required variable", () => {
    expect(problems({})).toEqual(["DATABASE_URL is required but not set", "AUTH_SECRET is required but not set"]);
  });

  it("rejects malformed values with the variable's name", () => {
    const p = problems({ ...valid, DATABASE_URL: "mysql://x", AUTH_SECRET: "short", LOG_LEVEL: "loud" });
    expect(p.some((m) => m.startsWith("DATABASE_URL:"))).toBe(true);
    expect(p.some((m) => m.startsWith("AUTH_SECRET:"))).toBe(true);
    expect(p.some((m) => m.startsWith("LOG_LEVEL:"))).toBe(true);
  });

  it("refuses the development login in production", () => {
    expect(parseEnv({ ...valid, AUTH_DEV_LOGIN: "1", NODE_ENV: "development" }).AUTH_DEV_LOGIN).toBe(true);
    expect(problems({ ...valid, AUTH_DEV_LOGIN: "1", NODE_ENV: "production" })).toEqual([
      "AUTH_DEV_LOGIN: the development login is refused when NODE_ENV=production",
    ]);
  });

  it("requires OAuth ids and secrets in pairs", () => {
    expect(problems({ ...valid, AUTH_GITHUB_ID: "abc" })).toEqual([
      "AUTH_GITHUB_SECRET: AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
    ]);
    expect(parseEnv({ ...valid, AUTH_GOOGLE_ID: "a", AUTH_GOOGLE_SECRET: "b" }).AUTH_GOOGLE_ID).toBe("a");
  });

  it("the error message lists the problems and points at .env.example", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is required but not set[\s\S]*\.env\.example/);
  });
});
