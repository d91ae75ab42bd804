import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { describeEvent, eventDetail } from "./describe-event";
import type { ListSessionEventsQuery } from "./schemas";

export interface EventView {
  id: string;
  offsetMs: number;
  type: string;
  label: string;
  /** the raw selector (and a link's address) behind the label, shown on demand */
  detail: string | null;
  url: string | null;
}

const encode = (e: { offsetMs: number; id: string }) => Buffer.from(JSON.stringify([e.offsetMs, e.id])).toString("base64url");

function decode(cursor: string): { offsetMs: number; id: string } {
  try {
    const [offsetMs, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof offsetMs !== "number" || typeof id !== "string") throw new Error("bad cursor");
    return { offsetMs, id };
  } catch {
    throw new AppError("validation_failed", "Invalid query string", { fields: { cursor: ["is not a cursor returned by this API"] } });
  }
}

/**
 * A session's behaviour events in time order, a page at a time (keyset on (offsetMs, id), served
 * by the (sessionId, offsetMs) index), from `fromMs` or after a cursor, with readable labels. The
 * session page shows the first page and loads more on demand, so a session with thousands of
 * events does not put them all in the page.
 */
export async function listSessionEvents(input: { projectId: string; sessionId: string; query: ListSessionEventsQuery }) {
  const { query } = input;
  const session = await db.session.findFirst({ where: { id: input.sessionId, projectId: input.projectId }, select: { id: true } });
  if (!session) throw notFound("Session");
  const after = query.cursor ? decode(query.cursor) : null;
  const rows = await db.sessionEvent.findMany({
    where: {
      sessionId: session.id,
      ...(query.fromMs !== undefined ? { offsetMs: { gte: query.fromMs } } : {}),
      ...(after
        ? { AND: [{ offsetMs: { gte: after.offsetMs } }, { OR: [{ offsetMs: { gt: after.offsetMs } }, { id: { gt: after.id } }] }] }
        : {}),
    },
    orderBy: [{ offsetMs: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: { id: true, type: true, offsetMs: true, url: true, data: true },
  });
  const items = rows.slice(0, query.limit);
  return {
    events: items.map((e): EventView => ({
      id: e.id,
      offsetMs: e.offsetMs,
      type: e.type,
      label: describeEvent(e.type, e.url, e.data),
      detail: eventDetail(e.type, e.data),
      url: e.url,
    })),
    nextCursor: rows.length > query.limit ? encode(items[items.length - 1]) : null,
  };
}
