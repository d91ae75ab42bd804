import { db } from "@/lib/db";
import { outboxBacklog } from "@/lib/outbox/outbox-health";

export interface ComponentHealth {
  status: "ok" | "down";
  latencyMs?: number;
  error?: string;
  [detail: string]: unknown;
}

/** Health of each component the app depends on. Later components (outbox, storage…) add entries here. */
export async function checkHealth(): Promise<{ status: "ok" | "degraded"; components: Record<string, ComponentHealth> }> {
  const started = performance.now();
  let database: ComponentHealth;
  try {
    await db.$queryRaw`SELECT 1`;
    database = { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch {
    database = { status: "down", error: "The database did not answer" };
  }
  let outbox: ComponentHealth;
  try {
    outbox = { status: "ok", ...(await outboxBacklog()) };
  } catch {
    outbox = { status: "down", error: "The outbox could not be read" };
  }
  const components = { database, outbox };
  return { status: Object.values(components).every((c) => c.status === "ok") ? "ok" : "degraded", components };
}
