// Delivers outbox rows to Inngest. Rows are leased with FOR UPDATE SKIP LOCKED so concurrent
// dispatchers never send the same row at once; each row's id is its Inngest event id, so even a
// resend after a crash between "sent" and "marked sent" is deduplicated by Inngest. Failed sends
// are retried with exponential backoff; nothing is dropped.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { inngestTarget } from "./inngest-target";

export interface OutgoingEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
}
/** Sends events and returns the ids Inngest assigned, in order. */
export type SendEvents = (events: OutgoingEvent[]) => Promise<{ ids: string[] }>;

export interface DispatchResult {
  sent: number;
  failed: number;
  /** ids of the rows delivered in this call */
  sentIds: string[];
  /** rows whose delivery failed in this call, with the error and where it was sent */
  failures: { id: string; name: string; error: string; target: string }[];
}

const LEASE_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 15 * 60;
const NONE: DispatchResult = { sent: 0, failed: 0, sentIds: [], failures: [] };

export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** Math.max(0, attempts - 1));
}

async function defaultSend(events: OutgoingEvent[]) {
  const { inngest } = await import("@/inngest/client");
  return inngest.send(events);
}

/** The innermost cause: fetch() reports "fetch failed" and keeps ECONNREFUSED & co. in `cause`. */
export function errorMessage(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    const message = cur instanceof Error ? cur.message : String(cur);
    if (message && !parts.includes(message)) parts.push(message);
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return parts.join(": ") || "unknown error";
}

type LeasedRow = { id: string; name: string; payload: Record<string, unknown>; attempts: number };

/**
 * Sends up to `limit` due rows. `ids` restricts it to those rows (an operator's retry); due means
 * `availableAt` has passed, so make rows due first to skip their backoff (makeDue).
 */
export async function dispatchOutbox(input: { limit?: number; send?: SendEvents; ids?: string[] } = {}): Promise<DispatchResult> {
  const send = input.send ?? defaultSend;
  const ids = input.ids ?? null;
  const rows = await db.$queryRaw<LeasedRow[]>`
    UPDATE "OutboxEvent" SET "availableAt" = now() + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND "availableAt" <= now() AND (${ids}::text[] IS NULL OR "id" = ANY(${ids}::text[]))
      ORDER BY "createdAt"
      LIMIT ${input.limit ?? 100}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "name", "payload", "attempts"`;
  if (rows.length === 0) return NONE;

  try {
    const { ids: eventIds } = await send(rows.map((r) => ({ id: r.id, name: r.name, data: r.payload })));
    const sentAt = new Date();
    await db.$transaction(
      rows.map((r, i) =>
        db.outboxEvent.update({ where: { id: r.id }, data: { sentAt, inngestEventId: eventIds[i] ?? null, lastError: null } }),
      ),
    );
    return { sent: rows.length, failed: 0, sentIds: rows.map((r) => r.id), failures: [] };
  } catch (e) {
    const message = errorMessage(e);
    const target = inngestTarget().url;
    log.warn(`outbox delivery to ${target} failed; will retry`, {
      target,
      error: message,
      count: rows.length,
      events: rows.map((r) => `${r.name} ${r.id}`),
    });
    await db.$transaction(
      rows.map((r) =>
        db.outboxEvent.update({
          where: { id: r.id },
          data: { lastError: message.slice(0, 1000), availableAt: new Date(Date.now() + backoffSeconds(r.attempts) * 1000) },
        }),
      ),
    );
    return { sent: 0, failed: rows.length, sentIds: [], failures: rows.map((r) => ({ id: r.id, name: r.name, error: message, target })) };
  }
}

/**
 * Makes undelivered rows due now, skipping their backoff (a person asked for delivery now). A row
 * another dispatcher is sending at this moment may be sent twice; Inngest deduplicates it by id.
 */
export async function makeDue(input: { ids?: string[] } = {}): Promise<void> {
  const ids = input.ids ?? null;
  await db.$executeRaw`
    UPDATE "OutboxEvent" SET "availableAt" = now()
    WHERE "sentAt" IS NULL AND "availableAt" > now() AND (${ids}::text[] IS NULL OR "id" = ANY(${ids}::text[]))`;
}

/** Delivers everything due (or only `ids`), batch after batch, until none is left or a send fails. */
export async function flushOutbox(input: { send?: SendEvents; ids?: string[] } = {}): Promise<DispatchResult> {
  const total: DispatchResult = { sent: 0, failed: 0, sentIds: [], failures: [] };
  for (;;) {
    const r = await dispatchOutbox({ send: input.send, ids: input.ids });
    total.sent += r.sent;
    total.failed += r.failed;
    total.sentIds.push(...r.sentIds);
    total.failures.push(...r.failures);
    if (r.sent === 0) return total;
  }
}
