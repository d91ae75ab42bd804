// Rows of a large table in (createdAt, id) order, one batch at a time: each batch is one indexed
// query that starts after the previous batch's last row (keyset), so memory holds one batch and the
// cost of a batch does not grow with how far the export has got (OFFSET would).

export interface Keyset {
  createdAt: Date;
  id: string;
}

/** The Prisma `where` for rows after `after` in (createdAt asc, id asc); the redundant `gte` lets the index scan start there. */
export function afterKeyset(after: Keyset | null) {
  if (!after) return {};
  return {
    createdAt: { gte: after.createdAt },
    OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }],
  };
}

export const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/**
 * Batches in order. The next batch's query is sent while the consumer works on this one (one batch
 * ahead, so memory is two batches at most): the database and the encoding overlap instead of
 * taking turns.
 */
export async function* keysetBatches<T extends Keyset>(
  fetch: (after: Keyset | null, take: number) => Promise<T[]>,
  batchSize = 1000,
): AsyncGenerator<T[]> {
  const ahead = (after: Keyset | null) => {
    const p = fetch(after, batchSize);
    // awaited below; this only keeps a consumer that stops early from leaving an unhandled rejection
    p.catch(() => {});
    return p;
  };
  let next = ahead(null);
  for (;;) {
    const rows = await next;
    if (rows.length < batchSize) {
      if (rows.length > 0) yield rows;
      return;
    }
    const last = rows[rows.length - 1];
    next = ahead({ createdAt: last.createdAt, id: last.id });
    yield rows;
  }
}
