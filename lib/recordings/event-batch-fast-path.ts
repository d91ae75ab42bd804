// The event batch's validation without zod, for the batches that are valid (bench:http, ADR 018).
// zod plus the route wrapper's unstorable-text walk cost about 1 ms of CPU per batch of 50 events —
// a third of what the whole request costs the server. This function checks exactly what
// eventBatchSchema checks and returns exactly what it returns (event-batch-fast-path.test.ts compares
// both on valid and invalid batches), but it does no error reporting: anything it does not accept,
// or any case it does not handle itself, returns undefined and the request goes through the zod
// schema, which produces the same 400/413 with the same messages as before.
import { isPlainObject, isUnstorable, toStorableJson, toStorableText } from "@/lib/validation/storable-text";
import { CLIENT_EVENT_TYPES, type ClientEvent, MAX_EVENT_DATA_BYTES, MAX_EVENTS_PER_BATCH } from "./schemas";

const TYPES = new Set<string>(CLIENT_EVENT_TYPES);
const EVENT_KEYS = new Set(["id", "type", "offsetMs", "url", "data"]);
const MAX_OFFSET_MS = 2_147_483_647;
// \u0000 or \ud800–\udfff in JSON.stringify's output (it escapes nothing else of the kind; a match
// that is really an escaped backslash followed by "u0000" only costs the walk)
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

function fastEvent(raw: unknown): ClientEvent | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const key in raw) if (!EVENT_KEYS.has(key)) return undefined; // .strict()
  const { id, type, offsetMs, url, data } = raw;
  // ids are plain strings: unstorable ones are refused (400) by the slow path's walk
  if (typeof id !== "string" || id.length < 1 || id.length > 64 || isUnstorable(id)) return undefined;
  if (typeof type !== "string" || !TYPES.has(type)) return undefined;
  if (typeof offsetMs !== "number" || !Number.isInteger(offsetMs) || offsetMs < 0 || offsetMs > MAX_OFFSET_MS) return undefined;
  const event: ClientEvent = { id, type: type as ClientEvent["type"], offsetMs };
  if (url !== undefined) {
    if (typeof url !== "string") return undefined;
    const storable = toStorableText(url); // browserText(): replaced before the length check
    if (storable.length > 2048) return undefined;
    event.url = storable;
  }
  if (data !== undefined) {
    // z.record over a plain object; a "__proto__" key is left to zod, which has its own rule for it
    if (!isPlainObject(data) || Object.hasOwn(data, "__proto__")) return undefined;
    // JSON.stringify writes a NUL or a lone surrogate as a \u escape: data whose text has neither
    // is storable as it is, and only the rare rest is walked and rewritten
    let storable = data;
    let text = JSON.stringify(data);
    if (UNSTORABLE_ESCAPE.test(text)) {
      storable = toStorableJson(data) as Record<string, unknown>;
      text = JSON.stringify(storable);
    }
    if (Buffer.byteLength(text) > MAX_EVENT_DATA_BYTES) return undefined;
    if (type === "input_change" && "value" in storable) return undefined;
    event.data = storable;
  }
  return event;
}

/** The parsed batch when it is valid and storable as it is, undefined when zod must decide. */
export function fastEventBatch(raw: unknown): { events: ClientEvent[] } | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const key in raw) if (key !== "events") return undefined;
  const list = raw.events;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_EVENTS_PER_BATCH) return undefined;
  const events: ClientEvent[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const event = fastEvent(list[i]);
    if (!event) return undefined;
    events[i] = event;
  }
  return { events };
}
