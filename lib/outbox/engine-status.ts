// THE notion of "the job engine is not accepting events", computed from the outbox: how old the
// oldest undelivered event is, why its last delivery failed, and how many sessions wait for it.
// /api/health, the dashboard banner, the CLI and `npm run outbox:flush` all read it from here.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { devServerCommand } from "./dev-server-command";
import { inngestTarget } from "./inngest-target";

/** Events that start processing a session: while one is undelivered, that session is waiting. */
export const SESSION_PROCESSING_EVENTS = ["session/completed", "session/reprocess.requested"] as const;

export interface EngineStatus {
  /** true when the oldest undelivered event is older than OUTBOX_STALE_AFTER_SECONDS */
  stalled: boolean;
  staleAfterSeconds: number;
  /** where the app sends events (no key) and whether it can send at all */
  target: { url: string; mode: "dev" | "cloud"; configured: boolean };
  undelivered: number;
  /** distinct sessions whose completed / reprocess event is still undelivered */
  sessionsWaiting: number;
  oldest: { id: string; name: string; createdAt: Date; ageSeconds: number; attempts: number; lastError: string | null } | null;
}

type Counts = { undelivered: bigint; sessions: bigint };
type OldestRow = { id: string; name: string; createdAt: Date; attempts: number; lastError: string | null };

/** Whole outbox, or one project's events (`projectId` from the payload: every event carries it). */
export async function getEngineStatus(input: { projectId?: string } = {}): Promise<EngineStatus> {
  const projectId = input.projectId ?? null;
  const [[counts], [oldest]] = await Promise.all([
    db.$queryRaw<Counts[]>`
      SELECT count(*) AS undelivered,
             count(DISTINCT "payload"->>'sessionId') FILTER (WHERE "name" IN (${SESSION_PROCESSING_EVENTS[0]}, ${SESSION_PROCESSING_EVENTS[1]})) AS sessions
      FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND (${projectId}::text IS NULL OR "payload"->>'projectId' = ${projectId}::text)`,
    db.$queryRaw<OldestRow[]>`
      SELECT "id", "name", "createdAt", "attempts", "lastError" FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND (${projectId}::text IS NULL OR "payload"->>'projectId' = ${projectId}::text)
      ORDER BY "createdAt" LIMIT 1`,
  ]);
  const staleAfterSeconds = env().OUTBOX_STALE_AFTER_SECONDS;
  const ageSeconds = oldest ? Math.max(0, Math.round((Date.now() - oldest.createdAt.getTime()) / 1000)) : 0;
  return {
    stalled: Boolean(oldest) && ageSeconds > staleAfterSeconds,
    staleAfterSeconds,
    target: inngestTarget(),
    undelivered: Number(counts.undelivered),
    sessionsWaiting: Number(counts.sessions),
    oldest: oldest ? { ...oldest, ageSeconds } : null,
  };
}

/** "the job engine at <url> has not accepted events for N min; N sessions waiting" */
export function describeStall(status: EngineStatus, opts: { showTarget?: boolean } = {}): string {
  const minutes = Math.max(1, Math.floor((status.oldest?.ageSeconds ?? 0) / 60));
  const sessions = `${status.sessionsWaiting} ${status.sessionsWaiting === 1 ? "session" : "sessions"} waiting`;
  const engine = opts.showTarget === false ? "the job engine" : `the job engine at ${status.target.url}`;
  return `${engine} has not accepted events for ${minutes} min; ${sessions}`;
}

/** Why the oldest event is still undelivered, as far as the outbox knows. */
export function lastDeliveryError(status: EngineStatus): string {
  if (status.oldest?.lastError) return `last delivery error: ${status.oldest.lastError}`;
  return status.oldest?.attempts ? "no error recorded" : "no delivery attempted yet (is the app's outbox sweeper running?)";
}

/** What a person should do about a stall: the dev server command locally, the keys in production. */
export function stallRemedy(status: Pick<EngineStatus, "target">, appUrl = env().APP_URL): string {
  if (status.target.mode === "dev") {
    return `Start the Inngest dev server (${devServerCommand(appUrl)}), then run \`npm run outbox:flush\`.`;
  }
  return status.target.configured
    ? "Check that Inngest is reachable and INNGEST_EVENT_KEY / INNGEST_BASE_URL are right, then run `npm run outbox:flush`."
    : "Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (or INNGEST_DEV for a dev server), then run `npm run outbox:flush`.";
}
