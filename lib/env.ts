// The only reader of process.env. Validated once, at first import (the server imports it at boot
// from instrumentation.ts), so a missing or malformed variable stops the app with its name.
import { z } from "zod";
import { parseProxyTrust } from "./network/client-address";

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

    // Proxies in front of the app whose X-Forwarded-For hops are believed: a hop count ("1") or a
    // comma list of addresses/CIDRs ("10.0.0.0/8,127.0.0.1"). Unset → the socket's peer is the client.
    TRUSTED_PROXIES: optionalString.pipe(
      z
        .string()
        .refine((v) => {
          try {
            parseProxyTrust(v);
            return true;
          } catch {
            return false;
          }
        }, "must be a number of hops or a comma list of IP addresses / CIDR ranges")
        .optional(),
    ),

    // Shared rate-limit store; unset → counters live in PostgreSQL.
    REDIS_URL: optionalString.pipe(z.url().optional()),

    // Media storage: local disk under DATA_DIR/media unless S3_BUCKET is set (AWS S3, R2, MinIO…).
    S3_BUCKET: optionalString,
    S3_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: optionalString.pipe(z.url().optional()),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: flag,

    // AI providers. Base URLs let tests and the offline demo point the real SDKs at loopback fakes.
    ANTHROPIC_API_KEY: optionalString,
    ANTHROPIC_BASE_URL: optionalString.pipe(z.url().optional()),
    // claude-sonnet-4-5 reaches end-of-life on 2026-11-30
    ANTHROPIC_MODEL: z.string().default("claude-sonnet-4-6"),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
    TRANSCRIPTION_MODEL: z.string().default("whisper-1"),
    // voice interviews (#18): the speech API's model and voice for the interviewer's spoken replies
    OPENAI_SPEECH_MODEL: z.string().default("gpt-4o-mini-tts"),
    OPENAI_SPEECH_VOICE: z.string().default("alloy"),

    // Inngest: INNGEST_DEV=1 (or a dev-server URL) locally; event + signing keys in production.
    INNGEST_DEV: optionalString,
    INNGEST_BASE_URL: optionalString.pipe(z.url().optional()),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    // The oldest undelivered outbox event older than this means the job engine is not accepting
    // events: /api/health turns "degraded" and the dashboard says processing is paused.
    OUTBOX_STALE_AFTER_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),

    // GitHub loop. The API URL is GitHub Enterprise's (https://HOST/api/v3) or a loopback fake in tests.
    GITHUB_API_URL: z.url().default("https://api.github.com"),
    // 32 bytes, base64 (openssl rand -base64 32): encrypts each project's GitHub credentials at rest.
    // Required in production to connect a repository; elsewhere a key is derived from AUTH_SECRET.
    GITHUB_CREDENTIALS_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes encoded as base64 (openssl rand -base64 32)")
        .optional(),
    ),
    // A session left `active` with no activity (messages, events, media) for this long is ended as
    // `abandoned` by the abandon-idle-sessions function and processed with what it has.
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(30),

    // Impact measurement: the window after a merge (days) and the fewest sessions after the merge for a verdict.
    IMPACT_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    IMPACT_MIN_SESSIONS: z.coerce.number().int().min(1).max(10_000).default(5),

    // Outbound webhooks and Slack: targets on private, loopback or link-local addresses are refused in
    // production (SSRF) and allowed elsewhere; set to 1 to allow them in production too (an intranet receiver).
    INTEGRATIONS_ALLOW_PRIVATE_TARGETS: flag,
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
