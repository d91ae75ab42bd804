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

export async function* keysetBatches<T extends Keyset>(
  fetch: (after: Keyset | null, take: number) => Promise<T[]>,
  batchSize = 1000,
): AsyncGenerator<T[]> {
  let after: Keyset | null = null;
  for (;;) {
    const rows = await fetch(after, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
}
