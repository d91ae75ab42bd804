import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { outboxBacklog } from "@/lib/outbox/outbox-health";
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

/**
 * Health of each component the app depends on, and which integrations are configured (whether a
 * credential is set — never its value). Any component down → "degraded" (the route answers 503).
 */
export async function checkHealth() {
  const [database, outbox, storage] = await Promise.all([
    probe(async () => void (await db.$queryRaw`SELECT 1`), "The database did not answer"),
    probe(() => outboxBacklog(), "The outbox could not be read"),
    probe(() => checkMediaStorage(), "Media storage is not writable or not reachable"),
  ]);
  const e = env();
  const components = { database, outbox, storage };
  return {
    status: Object.values(components).every((c) => c.status === "ok") ? ("ok" as const) : ("degraded" as const),
    components,
    configured: {
      anthropic: Boolean(e.ANTHROPIC_API_KEY),
      openai: Boolean(e.OPENAI_API_KEY),
      inngest: e.INNGEST_EVENT_KEY ? "cloud" : e.INNGEST_DEV ? "dev" : "not configured",
      // each project brings its own GitHub credentials; what the server needs is the key that encrypts them
      github: e.GITHUB_CREDENTIALS_KEY ? "per project" : e.NODE_ENV === "production" ? "not configured (GITHUB_CREDENTIALS_KEY)" : "per project (development key)",
    },
  };
}
