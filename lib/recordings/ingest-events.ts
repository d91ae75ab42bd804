import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isEnded, lockParticipantSession, sessionEnded } from "./lock-session";
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
 */
export async function ingestEvents(input: { caller: PublicKeyCaller; sessionId: string; events: ClientEvent[] }) {
  return db.$transaction(async (tx) => {
    const session = await lockParticipantSession(tx, input.caller, input.sessionId);
    if (isEnded(session.status)) throw sessionEnded("events");
    if (!session.consentAnalytics) {
      const refused = [...new Set(input.events.map((e) => e.type).filter((t) => !CONSENT_FREE_EVENT_TYPES.includes(t)))];
      if (refused.length) {
        throw new AppError(
          "forbidden",
          "The participant did not consent to analytics: only marker events can be recorded for this session",
          { reason: "analytics_consent_required", refusedTypes: refused },
        );
      }
    }
    const { count } = await tx.sessionEvent.createMany({
      data: input.events.map((e) => ({
        sessionId: session.id,
        clientEventId: e.id,
        type: e.type,
        offsetMs: e.offsetMs,
        url: e.url ?? null,
        data: (e.data ?? {}) as object,
      })),
      skipDuplicates: true,
    });
    return { accepted: count, duplicates: input.events.length - count };
  });
}
