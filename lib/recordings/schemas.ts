// Request shapes and limits of the recording SDK's ingestion API (app/api/sdk/sessions/**).
import { z } from "zod";
import { browserJson, browserText } from "@/lib/validation/browser-text";

export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_EVENT_BATCH_BYTES = 256 * 1024;
/** one event's `data`, serialized as JSON */
export const MAX_EVENT_DATA_BYTES = 8 * 1024;
export const MAX_CHUNK_BYTES = { audio: 10 * 1024 * 1024, screen: 25 * 1024 * 1024 } as const;
/** the highest chunk index accepted: a 5 s segment each for about two weeks */
export const MAX_CHUNK_INDEX = 999_999;
/** the largest offset an Int column holds (about 24.8 days) */
const MAX_OFFSET_MS = 2_147_483_647;

/** Event types a client may write. Server-side history (ended, processing…) lives in SessionActivity. */
export const CLIENT_EVENT_TYPES = ["click", "navigation", "input_change", "scroll", "error", "marker", "custom"] as const;
export type ClientEventType = (typeof CLIENT_EVENT_TYPES)[number];
/** Allowed without analytics consent: explicit markers placed by the site or the interview room. */
export const CONSENT_FREE_EVENT_TYPES: readonly ClientEventType[] = ["marker"];

// Text PostgreSQL cannot store (NUL, lone surrogates; ADR 012): ids and keys are refused with a 400
// (route() and parseInput check every parsed string), what the page or the participant produced
// (names, URLs, labels in event data, error details) is stored with U+FFFD in their place.
const id = (max: number) => z.string().max(max);
const text = (max: number) => browserText().max(max);

export const sessionParams = z.object({ sessionId: z.string().min(1).max(64) });

export const consentSchema = z.object({ recording: z.boolean(), analytics: z.boolean() }).strict();

/**
 * The participant's language from the browser (navigator.language, BCP-47, e.g. "pt-BR"), kept as
 * its lowercase primary subtag ("pt"): what transcription can use as a hint.
 */
export const languageSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, "must be a BCP-47 language tag such as en or pt-BR")
  .transform((tag) => tag.split("-")[0].toLowerCase());

export const startSdkSessionSchema = z.object({ language: languageSchema.optional() }).strict();

export const createSdkSessionSchema = z
  .object({
    consent: consentSchema,
    externalId: id(200).min(1).optional(),
    language: languageSchema.optional(),
    participant: z
      .object({ name: text(200).trim().min(1).optional(), email: z.email().max(320).optional() })
      .strict()
      .optional(),
  })
  .strict();

export const identifySchema = z
  .object({
    externalId: id(200).min(1),
    name: text(200).trim().min(1).optional(),
    email: z.email().max(320).optional(),
  })
  .strict();

export const clientEventSchema = z
  .object({
    id: id(64).min(1),
    type: z.enum(CLIENT_EVENT_TYPES, { error: `must be one of ${CLIENT_EVENT_TYPES.join(", ")}` }),
    offsetMs: z.number().int().min(0).max(MAX_OFFSET_MS),
    url: text(2048).optional(),
    // labels cut from page text: a lone surrogate or NUL is replaced, never fails the batch
    data: browserJson()
      .pipe(z.record(z.string(), z.unknown()))
      .superRefine((data, ctx) => {
        if (Buffer.byteLength(JSON.stringify(data)) > MAX_EVENT_DATA_BYTES)
          ctx.addIssue({ code: "custom", message: `must be at most ${MAX_EVENT_DATA_BYTES} bytes as JSON` });
      })
      .optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    // defence in depth: the SDK never sends what people type
    if (event.type === "input_change" && event.data && "value" in event.data) {
      ctx.addIssue({ code: "custom", path: ["data", "value"], message: "input_change events must not carry the input's value" });
    }
  });

export type ClientEvent = z.infer<typeof clientEventSchema>;

export const eventBatchSchema = z.object({ events: z.array(clientEventSchema).min(1, "must hold at least one event") }).strict();

export const mediaKinds = ["audio", "screen"] as const;

export const chunkParams = z.object({
  sessionId: z.string().min(1).max(64),
  kind: z.enum(mediaKinds, { error: "must be audio or screen" }),
  index: z
    .string()
    .regex(/^\d{1,6}$/, `must be a whole number from 0 to ${MAX_CHUNK_INDEX}`)
    .transform(Number),
});

const msHeader = z
  .string()
  .regex(/^\d{1,10}$/, "must be a whole number of milliseconds")
  .transform(Number)
  .refine((n) => n <= MAX_OFFSET_MS, "is too large")
  .optional();

/**
 * An audio span (one MediaRecorder run, uploaded as timeslices) has at most this many chunks: the SDK
 * cuts a span every ~60 s into 5 s timeslices (12 chunks); the cap bounds the file a span joins into.
 */
export const MAX_SPAN_CHUNKS = 64;

/** The SDK reports levels in dBFS, from digital silence (-100) to full scale (0). */
export const MIN_LEVEL_DB = -100;

/**
 * Timing, span and level of a chunk, sent as headers because the body is the raw media.
 * `x-span-start-index`: the index of the first chunk of the recorder run this chunk belongs to (only
 * that chunk carries the container header). `x-chunk-level-db`: the loudest moment of the chunk, dBFS.
 */
export const chunkHeadersSchema = z.object({
  "x-chunk-start-ms": msHeader,
  "x-chunk-duration-ms": msHeader,
  "x-span-start-index": z
    .string()
    .regex(/^\d{1,6}$/, `must be a whole number from 0 to ${MAX_CHUNK_INDEX}`)
    .transform(Number)
    .optional(),
  "x-chunk-level-db": z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,3})?$/, "must be a number of dBFS, e.g. -42.5")
    .transform(Number)
    .refine((n) => n >= MIN_LEVEL_DB && n <= 0, `must be from ${MIN_LEVEL_DB} to 0`)
    .optional(),
});

export const GAP_REASONS = [
  "upload_failed",
  "rejected",
  "session_ended",
  "recorder_error",
  "storage_unavailable",
  "expired",
  "too_large",
  "page_unloaded",
] as const;

export const recordingGapSchema = z
  .object({
    kind: z.enum(mediaKinds, { error: "must be audio or screen" }),
    fromIndex: z.number().int().min(0).max(MAX_CHUNK_INDEX),
    toIndex: z.number().int().min(0).max(MAX_CHUNK_INDEX),
    reason: z.enum(GAP_REASONS, { error: `must be one of ${GAP_REASONS.join(", ")}` }),
    detail: text(500).optional(),
  })
  .strict()
  .refine((g) => g.toIndex >= g.fromIndex, { path: ["toIndex"], message: "must not be below fromIndex" });

export type RecordingGapInput = z.infer<typeof recordingGapSchema>;
