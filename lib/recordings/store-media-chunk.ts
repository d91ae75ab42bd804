import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db, hotPathSql } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage, StorageLengthMismatch } from "@/lib/storage";
import { isEnded, type SessionStatus } from "@/lib/sessions/session-status";
import { newRowId, sessionEnded } from "./session-state";
import { checkContainer, nonEmpty, parseChunkContentType } from "./media-types";
import { MAX_CHUNK_BYTES, MAX_SPAN_CHUNKS } from "./schemas";

type Kind = keyof typeof MAX_CHUNK_BYTES;

export interface StoreMediaChunkInput {
  caller: PublicKeyCaller;
  sessionId: string;
  kind: Kind;
  index: number;
  /** the request's Content-Type header */
  contentType: string | null;
  /** the request's Content-Length, when it has one */
  contentLength?: number;
  startOffsetMs?: number;
  durationMs?: number;
  /** audio: index of the first chunk of this chunk's recorder run (span); absent for a self-contained chunk */
  spanStartIndex?: number;
  /** audio: the chunk's loudest moment in dBFS, measured by the SDK */
  levelDb?: number;
  /** the bytes, already under the size limit (the route wrapper's body: "stream", lib/request-body.ts) */
  body: AsyncIterable<Uint8Array> | null;
}

type Chunk = Pick<
  NonNullable<Awaited<ReturnType<typeof db.mediaChunk.findUnique>>>,
  "id" | "kind" | "chunkIndex" | "sizeBytes" | "mimeType" | "startOffsetMs" | "durationMs" | "spanStartIndex" | "levelDb" | "createdAt"
>;

export function chunkView(c: Chunk) {
  return {
    id: c.id,
    kind: c.kind,
    index: c.chunkIndex,
    sizeBytes: c.sizeBytes,
    mimeType: c.mimeType,
    startOffsetMs: c.startOffsetMs,
    durationMs: c.durationMs,
    spanStartIndex: c.spanStartIndex,
    levelDb: c.levelDb,
    createdAt: c.createdAt.toISOString(),
  };
}

export function chunkStorageKey(c: { projectId: string; sessionId: string; kind: Kind; index: number; ext: string }) {
  return `projects/${c.projectId}/sessions/${c.sessionId}/${c.kind}/${String(c.index).padStart(6, "0")}.${c.ext}`;
}

// the two per-upload statements run on hotPathSql (outside Prisma's query layer), prepared once per
// connection: see ingest-events.ts;
// the first also reads the first chunk of the span a continuation chunk belongs to ($5)
const FIND_SESSION_AND_CHUNK = `
  SELECT s."id", s."projectId", s."status"::text AS "status", s."consentRecording", c."id" AS "chunkId",
    f."chunkIndex" AS "spanChunkIndex", f."spanStartIndex" AS "spanStartOfFirst", f."mimeType" AS "spanMimeType"
  FROM "Session" s
  LEFT JOIN "MediaChunk" c ON c."sessionId" = s."id" AND c."kind" = $3::"MediaKind" AND c."chunkIndex" = $4::int
  LEFT JOIN "MediaChunk" f ON f."sessionId" = s."id" AND f."kind" = $3::"MediaKind" AND f."chunkIndex" = $5::int
  WHERE s."id" = $1 AND s."projectId" = $2`;

const INSERT_CHUNK = `
  WITH s AS (
    SELECT "id", "status" FROM "Session" WHERE "id" = $1 AND "projectId" = $2 FOR SHARE
  ), ins AS (
    INSERT INTO "MediaChunk" ("id", "sessionId", "kind", "chunkIndex", "storageKey", "sizeBytes", "mimeType", "startOffsetMs", "durationMs", "transcriptStatus", "spanStartIndex", "levelDb")
    SELECT $3, s."id", $4::"MediaKind", $5::int, $6, $7::int, $8, $9::int, $10::int, $11::"TranscriptStatus", $12::int, $13::float8
    FROM s WHERE s."status" IN ('pending', 'active')
    ON CONFLICT ("sessionId", "kind", "chunkIndex") DO NOTHING
    RETURNING "createdAt" AT TIME ZONE 'UTC' AS "createdAt" -- a timestamptz, which pg reads as UTC whatever TZ the process has
  )
  SELECT s."status"::text AS "status", (SELECT "createdAt" FROM ins) AS "createdAt" FROM s`;

const findChunk = (sessionId: string, kind: Kind, index: number) =>
  db.mediaChunk.findUnique({ where: { sessionId_kind_chunkIndex: { sessionId, kind, chunkIndex: index } } });

/**
 * Stores one media chunk (PUT …/chunks/:kind/:index): a self-contained segment, or one timeslice
 * of an audio span (a MediaRecorder run cut into timeslices; docs/decisions/010-audio-spans.md).
 *
 * Checked before the body is read: the session (404), the Content-Type (415), the declared size
 * (413). A chunk already stored under (session, kind, index) is returned as it is (200, nothing new
 * stored), so a client may retry an upload whose answer it never got. Then: an ended session takes
 * no new chunk (409), nor one without the recording consent (403). The body is streamed to storage
 * under the size limit and the container check of its first bytes; only a complete, valid upload
 * becomes an object, and only then is the row inserted — by one statement that takes a share lock
 * on the session (so an end running meanwhile waits for it) and skips the insert when the session
 * has ended or the chunk exists. Two concurrent uploads of the same chunk write the same key; the
 * unique index keeps one row and the other request answers with it.
 *
 * A span's first chunk carries the container header and is checked like a segment. A continuation
 * (index after its span's start) has no header of its own, so its bytes are not sniffed; it is
 * accepted only once its span's first chunk is stored, as audio of the same type that began a span
 * (422 otherwise: the SDK uploads a span's chunks in order, so this means the start was lost).
 */
export async function storeMediaChunk(input: StoreMediaChunkInput): Promise<{ chunk: ReturnType<typeof chunkView>; created: boolean }> {
  const { caller, kind, index, spanStartIndex } = input;
  if (spanStartIndex !== undefined) {
    if (kind !== "audio") throw new AppError("bad_request", "Only audio chunks belong to spans");
    if (spanStartIndex > index) throw new AppError("bad_request", "A chunk's span cannot start after the chunk");
    if (index - spanStartIndex >= MAX_SPAN_CHUNKS)
      throw new AppError("bad_request", `A span holds at most ${MAX_SPAN_CHUNKS} chunks`, { maxChunks: MAX_SPAN_CHUNKS });
  }
  const continuation = spanStartIndex !== undefined && spanStartIndex < index;
  // the session, whether this chunk is already stored, and its span's first chunk, in one round trip
  const found = await hotPathSql<{
    id: string;
    projectId: string;
    status: SessionStatus;
    consentRecording: boolean;
    chunkId: string | null;
    spanChunkIndex: number | null;
    spanStartOfFirst: number | null;
    spanMimeType: string | null;
  }>(FIND_SESSION_AND_CHUNK, [input.sessionId, caller.projectId, kind, index, spanStartIndex ?? index], "find-session-and-chunk");
  const session = found[0];
  if (!session) throw notFound("Session");
  const media = parseChunkContentType(input.contentType, kind);
  const maxBytes = MAX_CHUNK_BYTES[kind];
  if (input.contentLength !== undefined && input.contentLength > maxBytes) {
    throw new AppError("payload_too_large", `A ${kind} chunk must be at most ${maxBytes} bytes`, { maxBytes });
  }
  if (input.contentLength === 0 || !input.body) throw new AppError("bad_request", "The chunk is empty");

  if (session.chunkId) {
    const existing = await findChunk(session.id, kind, index);
    if (existing) return { chunk: chunkView(existing), created: false };
  }
  if (isEnded(session.status)) throw sessionEnded("media");
  if (!session.consentRecording) {
    throw new AppError("forbidden", "The participant did not consent to recording: no audio or screen can be stored for this session", {
      reason: "recording_consent_required",
    });
  }
  if (continuation) {
    if (session.spanChunkIndex === null || session.spanStartOfFirst !== session.spanChunkIndex) {
      throw new AppError("unprocessable", `Chunk ${spanStartIndex}, which starts this chunk's span, is not stored`, {
        reason: "span_start_missing",
      });
    }
    if (session.spanMimeType !== media.mimeType) {
      throw new AppError("unsupported_media_type", `A span's chunks must all be ${session.spanMimeType}, as its first chunk`, {
        declared: media.mimeType,
      });
    }
  }

  const key = chunkStorageKey({ projectId: session.projectId, sessionId: session.id, kind, index, ext: media.ext });
  const storage = mediaStorage();
  const body = continuation ? nonEmpty(input.body) : checkContainer(input.body, media);
  let size: number;
  try {
    ({ size } = await storage.put(key, body, { contentType: media.mimeType, contentLength: input.contentLength }));
  } catch (e) {
    if (e instanceof StorageLengthMismatch) throw new AppError("bad_request", "The request body does not match its Content-Length");
    throw e;
  }

  const row = {
    id: newRowId(),
    kind,
    chunkIndex: index,
    sizeBytes: size,
    mimeType: media.mimeType,
    startOffsetMs: input.startOffsetMs ?? null,
    durationMs: input.durationMs ?? null,
    spanStartIndex: spanStartIndex ?? null,
    levelDb: kind === "audio" ? (input.levelDb ?? null) : null,
  };
  let outcome: { status: SessionStatus; createdAt: Date | null } | undefined;
  try {
    [outcome] = await hotPathSql<{ status: SessionStatus; createdAt: Date | null }>(
      INSERT_CHUNK,
      [
        session.id,
        caller.projectId,
        row.id,
        kind,
        index,
        key,
        size,
        row.mimeType,
        row.startOffsetMs,
        row.durationMs,
        kind === "audio" ? "pending" : null,
        row.spanStartIndex,
        row.levelDb,
      ],
      "insert-chunk",
    );
  } catch (e) {
    await forget(key);
    throw e;
  }
  if (outcome?.createdAt) return { chunk: chunkView({ ...row, createdAt: outcome.createdAt }), created: true };
  if (outcome && !isEnded(outcome.status)) {
    // a concurrent upload of the same chunk won; it wrote the same key, so its row describes our object
    const winner = await findChunk(session.id, kind, index);
    if (winner) return { chunk: chunkView(winner), created: false };
  }
  // no row will point at the object: the session ended (or was deleted) while the body streamed in
  await forget(key);
  if (!outcome) throw notFound("Session");
  throw sessionEnded("media");
}

async function forget(key: string) {
  await mediaStorage()
    .delete(key)
    .catch((error) => log.warn("could not remove an unreferenced media object", { key, error }));
}
