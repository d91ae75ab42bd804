import type { PublicKeyCaller } from "@/lib/access/public-key";
import { hotPathSql } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isEnded, type SessionStatus } from "@/lib/sessions/session-status";
import { newRowIds, sessionEnded } from "./session-state";
import { CONSENT_FREE_EVENT_TYPES, type ClientEvent } from "./schemas";

/**
 * Stores a batch of client events. Each event carries the client's own id, so a retried batch
 * (or one flushed twice, by fetch and by sendBeacon) is stored once: the reply counts the events
 * newly accepted and the ones already stored. It is sent only after the insert has committed.
 *
 * Consent: without the analytics consent the whole batch is refused (403) when it holds anything
 * but markers — behaviour (clicks, navigation, scroll, inputs, errors, custom events) is only
 * recorded with consent; markers are explicit annotations placed by the site or the interview room.
 * An ended session accepts nothing (409).
 *
 * One statement does it all, in one round trip: it reads the session with a share lock (so an
 * endSession running concurrently waits for this insert to commit — what was acknowledged before
 * the end is in place when processing starts), checks status and consent, and inserts the rows
 * with ON CONFLICT DO NOTHING on (session, client event id) — what Prisma's createMany({
 * skipDuplicates }) does. The rows travel as one JSON array parameter, expanded by PostgreSQL's
 * json_to_recordset: one JSON.stringify of the batch, where six text[] parameters needed a
 * JSON.stringify per event plus pg's escaping of every element into an array literal (ADR 018).
 * createMany and an interactive transaction made the endpoint several times slower than the
 * insert itself (npm run bench:ingest); it runs on hotPathSql, outside Prisma's query layer.
 */
const INSERT_BATCH = `
  WITH s AS (
    SELECT "id", "status", "consentAnalytics" FROM "Session"
    WHERE "id" = $1 AND "projectId" = $2
    FOR SHARE
  ), ins AS (
    INSERT INTO "SessionEvent" ("id", "sessionId", "clientEventId", "type", "offsetMs", "url", "data")
    SELECT e.i, s."id", e.c, e.t::"SessionEventType", e.o, e.u, coalesce(e.d, '{}')
    FROM s, json_to_recordset($4::json) AS e(i text, c text, t text, o int, u text, d jsonb)
    WHERE s."status" IN ('pending', 'active') AND (s."consentAnalytics" OR $3::boolean)
    ON CONFLICT ("sessionId", "clientEventId") DO NOTHING
    RETURNING 1
  )
  SELECT s."status"::text AS "status", s."consentAnalytics", (SELECT count(*)::int FROM ins) AS "accepted" FROM s`;

/** The batch as json_to_recordset's rows: row id, client id, type, offset, url, data (absent url and data left out). */
function rowsOf(events: ClientEvent[]) {
  const ids = newRowIds(events.length);
  return events.map((e, n) => ({ i: ids[n], c: e.id, t: e.type, o: e.offsetMs, u: e.url, d: e.data }));
}

export async function ingestEvents(input: { caller: PublicKeyCaller; sessionId: string; events: ClientEvent[] }) {
  const events = input.events;
  const refused = [...new Set(events.map((e) => e.type).filter((t) => !CONSENT_FREE_EVENT_TYPES.includes(t)))];
  const rows = await hotPathSql<{ status: SessionStatus; consentAnalytics: boolean; accepted: number }>(
    INSERT_BATCH,
    [input.sessionId, input.caller.projectId, refused.length === 0, JSON.stringify(rowsOf(events))],
    "ingest-events",
  );
  const session = rows[0];
  if (!session) throw notFound("Session");
  if (isEnded(session.status)) throw sessionEnded("events");
  if (!session.consentAnalytics && refused.length) {
    throw new AppError("forbidden", "The participant did not consent to analytics: only marker events can be recorded for this session", {
      reason: "analytics_consent_required",
      refusedTypes: refused,
    });
  }
  return { accepted: session.accepted, duplicates: events.length - session.accepted };
}
