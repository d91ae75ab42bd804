// POST /api/sdk/sessions/:sessionId/events — a batch of client events (≤ 500, ≤ 256 KB), stored once per client event id.
import { AppError } from "@/lib/errors";
import { corsPreflight, route } from "@/lib/http";
import { ingestEvents } from "@/lib/recordings/ingest-events";
import { readJsonWithLimit } from "@/lib/recordings/request-body";
import { eventBatchSchema, MAX_EVENT_BATCH_BYTES, MAX_EVENTS_PER_BATCH, sessionParams } from "@/lib/recordings/schemas";
import { parseInput } from "@/lib/validation/storable-input";

export const OPTIONS = corsPreflight("POST, OPTIONS");

export const POST = route(
  { auth: "public_key", cors: true, params: sessionParams, rateLimit: ({ params }) => [["eventBatchesPerSession", params.sessionId]] },
  async ({ req, principal, params }) => {
    // read here rather than by the wrapper: the limit holds while reading, and sendBeacon's text/plain is accepted
    const raw = await readJsonWithLimit(req, MAX_EVENT_BATCH_BYTES);
    const count = (raw as { events?: unknown })?.events;
    if (Array.isArray(count) && count.length > MAX_EVENTS_PER_BATCH) {
      throw new AppError("payload_too_large", `A batch holds at most ${MAX_EVENTS_PER_BATCH} events`, { maxEvents: MAX_EVENTS_PER_BATCH });
    }
    const { events } = parseInput(eventBatchSchema, raw, "body");
    return ingestEvents({ caller: principal, sessionId: params.sessionId, events });
  },
);
