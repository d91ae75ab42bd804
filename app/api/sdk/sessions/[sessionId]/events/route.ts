// POST /api/sdk/sessions/:sessionId/events — a batch of client events (≤ 500, ≤ 256 KB), stored once per client event id.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { corsPreflight, route, withFastPath } from "@/lib/http";
import { fastEventBatch } from "@/lib/recordings/event-batch-fast-path";
import { ingestEvents } from "@/lib/recordings/ingest-events";
import { eventBatchSchema, MAX_EVENT_BATCH_BYTES, MAX_EVENTS_PER_BATCH, sessionParams } from "@/lib/recordings/schemas";

// too many events is a 413 like a too-large body, decided before any event is validated; valid
// batches skip zod through fastEventBatch, which returns the same value (ADR 018)
const eventBatchBody = withFastPath(
  z.preprocess((raw) => {
    const events = (raw as { events?: unknown } | null)?.events;
    if (Array.isArray(events) && events.length > MAX_EVENTS_PER_BATCH) {
      throw new AppError("payload_too_large", `A batch holds at most ${MAX_EVENTS_PER_BATCH} events`, { maxEvents: MAX_EVENTS_PER_BATCH });
    }
    return raw;
  }, eventBatchSchema),
  fastEventBatch,
);

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  {
    auth: "public_key",
    cors: true,
    params: sessionParams,
    // "beacon": the SDK sends its last batch with navigator.sendBeacon, as text/plain
    body: eventBatchBody,
    bodyFormat: "beacon",
    maxBodyBytes: MAX_EVENT_BATCH_BYTES,
    rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]],
  },
  async ({ principal, params, body }) => ingestEvents({ caller: principal, sessionId: params.sessionId, events: body.events }),
);
