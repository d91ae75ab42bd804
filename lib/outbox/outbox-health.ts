import { db } from "@/lib/db";

/** Undelivered outbox rows and the age of the oldest, for /api/health. */
export async function outboxBacklog() {
  const [row] = await db.$queryRaw<{ backlog: bigint; oldest: Date | null }[]>`
    SELECT count(*) AS backlog, min("createdAt") AS oldest FROM "OutboxEvent" WHERE "sentAt" IS NULL`;
  const backlog = Number(row.backlog);
  return { backlog, oldestAgeSeconds: row.oldest ? Math.round((Date.now() - row.oldest.getTime()) / 1000) : 0 };
}
