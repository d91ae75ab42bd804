// The only reader of process.env. Validated once, at first import (the server imports it at boot
// from instrumentation.ts), so a missing or malformed variable stops the app with its name.
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    APP_URL: z.url().default("http://localhost:3000"),
    DATA_DIR: z.string().default(".data"),

    AUTH_SECRET: z.string().min(16, "must be at least 16 characters (generate one with: openssl rand -base64 32)"),
    AUTH_DEV_LOGIN: flag,
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    EMAIL_SERVER: optionalString,
    EMAIL_FROM: z.string().default("UserTests <no-reply@usertests.local>"),

    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_DEV_LOGIN && env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["AUTH_DEV_LOGIN"], message: "the development login is refused when NODE_ENV=production" });
    }
    for (const p of ["GITHUB", "GOOGLE"] as const) {
      if (Boolean(env[`AUTH_${p}_ID`]) !== Boolean(env[`AUTH_${p}_SECRET`])) {
        ctx.addIssue({ code: "custom", path: [`AUTH_${p}_SECRET`], message: `AUTH_${p}_ID and AUTH_${p}_SECRET must be set together` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "EnvError";
  }
}

/** Parses an environment object; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((i) => {
      const name = i.path.join(".") || "environment";
      return i.code === "invalid_type" && i.input === undefined ? `${name} is required but not set` : `${name}: ${i.message}`;
    }),
  );
}

let cached: Env | undefined;

/** The validated environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
