// Delivers outbox rows to Inngest. Rows are leased with FOR UPDATE SKIP LOCKED so concurrent
// dispatchers never send the same row at once; each row's id is its Inngest event id, so even a
// resend after a crash between "sent" and "marked sent" is deduplicated by Inngest. Failed sends
// are retried with exponential backoff; nothing is dropped.
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export interface OutgoingEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
}
/** Sends events and returns the ids Inngest assigned, in order. */
export type SendEvents = (events: OutgoingEvent[]) => Promise<{ ids: string[] }>;

const LEASE_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 15 * 60;

export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** Math.max(0, attempts - 1));
}

async function defaultSend(events: OutgoingEvent[]) {
  const { inngest } = await import("@/inngest/client");
  return inngest.send(events);
}

type LeasedRow = { id: string; name: string; payload: Record<string, unknown>; attempts: number };

export async function dispatchOutbox(input: { limit?: number; send?: SendEvents } = {}): Promise<{ sent: number; failed: number }> {
  const send = input.send ?? defaultSend;
  const rows = await db.$queryRaw<LeasedRow[]>`
    UPDATE "OutboxEvent" SET "availableAt" = now() + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND "availableAt" <= now()
      ORDER BY "createdAt"
      LIMIT ${input.limit ?? 100}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "name", "payload", "attempts"`;
  if (rows.length === 0) return { sent: 0, failed: 0 };

  try {
    const { ids } = await send(rows.map((r) => ({ id: r.id, name: r.name, data: r.payload })));
    const sentAt = new Date();
    await db.$transaction(
      rows.map((r, i) => db.outboxEvent.update({ where: { id: r.id }, data: { sentAt, inngestEventId: ids[i] ?? null, lastError: null } })),
    );
    return { sent: rows.length, failed: 0 };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log.warn("outbox delivery failed; will retry", { count: rows.length, error: message });
    await db.$transaction(
      rows.map((r) =>
        db.outboxEvent.update({
          where: { id: r.id },
          data: { lastError: message.slice(0, 1000), availableAt: new Date(Date.now() + backoffSeconds(r.attempts) * 1000) },
        }),
      ),
    );
    return { sent: 0, failed: rows.length };
  }
}

/** Delivers everything due, batch after batch, until the outbox is empty or a send fails. */
export async function flushOutbox(input: { send?: SendEvents } = {}) {
  let total = { sent: 0, failed: 0 };
  for (;;) {
    const r = await dispatchOutbox({ send: input.send });
    total = { sent: total.sent + r.sent, failed: total.failed + r.failed };
    if (r.sent === 0) return total;
  }
}
