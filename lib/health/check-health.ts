import { db } from "@/lib/db";
import { emailConfigProblem } from "@/lib/email/mail-config";
import { env, type Env } from "@/lib/env";
import { describeStall, getEngineStatus, lastDeliveryError, stallRemedy } from "@/lib/outbox/engine-status";
import { checkMediaStorage } from "@/lib/storage";

export interface ComponentHealth {
  status: "ok" | "down";
  latencyMs?: number;
  error?: string;
  [detail: string]: unknown;
}

async function probe(fn: () => Promise<Record<string, unknown> | void>, downMessage: string): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    const details = (await fn()) ?? {};
    return { status: "ok", latencyMs: Math.round(performance.now() - started), ...details };
  } catch {
    return { status: "down", error: downMessage };
  }
}

/** The outbox as a component: its backlog, and whether the job engine accepts events (engine-status.ts). */
async function outboxComponent(onStall: (reason: string) => void, internals: boolean) {
  const s = await getEngineStatus();
  if (s.stalled) {
    onStall(
      internals
        ? `Processing is paused: ${describeStall(s)} (${lastDeliveryError(s)}). ${stallRemedy(s)}`
        : `Processing is paused: ${describeStall(s, { showTarget: false })}.`,
    );
  }
  // the engine's address and its last error can name internal hosts: not for an anonymous production caller
  if (!internals)
    return {
      backlog: s.undelivered,
      oldestAgeSeconds: s.oldest?.ageSeconds ?? 0,
      sessionsWaiting: s.sessionsWaiting,
      staleAfterSeconds: s.staleAfterSeconds,
      stalled: s.stalled,
    };
  return {
    backlog: s.undelivered,
    oldestAgeSeconds: s.oldest?.ageSeconds ?? 0,
    sessionsWaiting: s.sessionsWaiting,
    target: s.target.url,
    lastError: s.oldest?.lastError ?? null,
    staleAfterSeconds: s.staleAfterSeconds,
    stalled: s.stalled,
  };
}

/** Production needs both keys (events in, signed calls out) unless it deliberately uses a dev server. */
export function inngestConfigProblem(
  e: Pick<Env, "NODE_ENV" | "INNGEST_DEV" | "INNGEST_EVENT_KEY" | "INNGEST_SIGNING_KEY">,
): string | null {
  const missing = (["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"] as const).filter((k) => !e[k]);
  if (e.NODE_ENV !== "production" || e.INNGEST_DEV || missing.length === 0) return null;
  return `Inngest is not configured: set ${missing.join(" and ")} (or INNGEST_DEV for a dev server); until then no session is processed.`;
}

/**
 * Health of each component the app depends on, and which integrations are configured (whether a
 * credential is set — never its value). "degraded" with `reasons` when a component is down (the
 * route answers 503) or when the app runs but cannot process sessions: the outbox is not being
 * delivered, or Inngest is not configured in production (200: the app itself is up).
 */
export async function checkHealth(opts: { internals?: boolean } = {}) {
  // in production the public endpoint says what is wrong, not where: operators read the details in
  // the dashboard banner, `usertests outbox list` and the server log
  const internals = opts.internals ?? env().NODE_ENV !== "production";
  const reasons: string[] = [];
  const [database, outbox, storage] = await Promise.all([
    probe(async () => void (await db.$queryRaw`SELECT 1`), "The database did not answer"),
    probe(() => outboxComponent((reason) => reasons.push(reason), internals), "The outbox could not be read"),
    probe(() => checkMediaStorage(), "Media storage is not writable or not reachable"),
  ]);
  const e = env();
  const components = { database, outbox, storage };
  for (const [name, c] of Object.entries(components)) if (c.status === "down") reasons.unshift(`${name} is down: ${c.error}`);
  const inngestProblem = inngestConfigProblem(e);
  if (inngestProblem) reasons.push(inngestProblem);
  const emailProblem = emailConfigProblem(e);
  if (emailProblem) reasons.push(emailProblem);
  return {
    status: reasons.length ? ("degraded" as const) : ("ok" as const),
    /** a component is down: the route answers 503 */
    down: Object.values(components).some((c) => c.status === "down"),
    reasons,
    components,
    configured: {
      anthropic: Boolean(e.ANTHROPIC_API_KEY),
      openai: Boolean(e.OPENAI_API_KEY),
      inngest: e.INNGEST_EVENT_KEY ? "cloud" : e.INNGEST_DEV ? "dev" : "not configured",
      email: e.EMAIL_SERVER ? "smtp" : e.NODE_ENV === "production" ? "not configured (EMAIL_SERVER)" : "local catcher",
      // each project brings its own GitHub credentials; what the server needs is the key that encrypts them
      github: e.GITHUB_CREDENTIALS_KEY
        ? "per project"
        : e.NODE_ENV === "production"
          ? "not configured (GITHUB_CREDENTIALS_KEY)"
          : "per project (development key)",
    },
  };
}
