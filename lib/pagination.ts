// Cursor pagination over (createdAt desc, id desc): stable while rows are being added, and the
// query cost does not grow with the page number.
import { z } from "zod";
import { AppError } from "./errors";

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
};

export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const date = new Date(createdAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { createdAt: date, id };
  } catch {
    throw new AppError("validation_failed", "Invalid query string", { fields: { cursor: ["is not a cursor returned by this API"] } });
  }
}

/**
 * The Prisma `where` that continues after the cursor in (createdAt desc, id desc) order. The
 * redundant `createdAt <= cursor` bound is what lets PostgreSQL start the (…, createdAt) index scan
 * at the cursor: with the OR alone it walks every newer row first (page 2,000 of 100,000 sessions:
 * ~0.5 s instead of ~1 ms).
 */
export function afterCursor(cursor: Cursor | undefined) {
  if (!cursor) return {};
  return {
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Fetch limit + 1 rows, return `limit` of them and the cursor of the next page (or null). */
export function page<T extends Cursor>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
}
