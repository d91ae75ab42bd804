import type { PublicKeyCaller } from "@/lib/access/public-key";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { log } from "@/lib/log";
import { getParticipantSessionOrThrow } from "@/lib/sessions/get-participant-session";
import { mediaStorage, StorageLengthMismatch } from "@/lib/storage";
import { isEnded, lockParticipantSession, sessionEnded } from "./lock-session";
import { checkContainer, parseChunkContentType } from "./media-types";
import { limitedBody } from "./request-body";
import { MAX_CHUNK_BYTES } from "./schemas";

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
  body: ReadableStream<Uint8Array> | null;
}

type Chunk = NonNullable<Awaited<ReturnType<typeof db.mediaChunk.findUnique>>>;

export function chunkView(c: Chunk) {
  return {
    id: c.id,
    kind: c.kind,
    index: c.chunkIndex,
    sizeBytes: c.sizeBytes,
    mimeType: c.mimeType,
    startOffsetMs: c.startOffsetMs,
    durationMs: c.durationMs,
    createdAt: c.createdAt.toISOString(),
  };
}

export function chunkStorageKey(c: { projectId: string; sessionId: string; kind: Kind; index: number; ext: string }) {
  return `projects/${c.projectId}/sessions/${c.sessionId}/${c.kind}/${String(c.index).padStart(6, "0")}.${c.ext}`;
}

const findChunk = (sessionId: string, kind: Kind, index: number) =>
  db.mediaChunk.findUnique({ where: { sessionId_kind_chunkIndex: { sessionId, kind, chunkIndex: index } } });

/**
 * Stores one self-contained media segment (PUT …/chunks/:kind/:index).
 *
 * Checked before the body is read: the session (404), the Content-Type (415), the declared size
 * (413). A chunk already stored under (session, kind, index) is returned as it is (200, nothing new
 * stored), so a client may retry an upload whose answer it never got. Then: an ended session takes
 * no new chunk (409), nor one without the recording consent (403). The body is streamed to storage
 * under the size limit and the container check of its first bytes; only a complete, valid upload
 * becomes an object, and only then is the row inserted. Two concurrent uploads of the same chunk
 * write the same key; the unique index picks one row and the other request answers with it.
 */
export async function storeMediaChunk(input: StoreMediaChunkInput): Promise<{ chunk: ReturnType<typeof chunkView>; created: boolean }> {
  const session = await getParticipantSessionOrThrow({ caller: input.caller, sessionId: input.sessionId });
  const media = parseChunkContentType(input.contentType, input.kind);
  const maxBytes = MAX_CHUNK_BYTES[input.kind];
  if (input.contentLength !== undefined && input.contentLength > maxBytes) {
    throw new AppError("payload_too_large", `A ${input.kind} chunk must be at most ${maxBytes} bytes`, { maxBytes });
  }
  if (input.contentLength === 0 || !input.body) throw new AppError("bad_request", "The chunk is empty");

  const existing = await findChunk(session.id, input.kind, input.index);
  if (existing) return { chunk: chunkView(existing), created: false };
  if (isEnded(session.status)) throw sessionEnded("media");
  if (!session.consentRecording) {
    throw new AppError("forbidden", "The participant did not consent to recording: no audio or screen can be stored for this session", {
      reason: "recording_consent_required",
    });
  }

  const key = chunkStorageKey({ projectId: session.projectId, sessionId: session.id, kind: input.kind, index: input.index, ext: media.ext });
  const storage = mediaStorage();
  const body = checkContainer(limitedBody(input.body, { maxBytes, declaredLength: input.contentLength }), media);
  let size: number;
  try {
    ({ size } = await storage.put(key, body, { contentType: media.mimeType, contentLength: input.contentLength }));
  } catch (e) {
    if (e instanceof StorageLengthMismatch) throw new AppError("bad_request", "The request body does not match its Content-Length");
    throw e;
  }

  try {
    const chunk = await db.$transaction(async (tx) => {
      // the session may have ended while the body streamed in: the share lock orders us against endSession
      const locked = await lockParticipantSession(tx, input.caller, session.id);
      if (isEnded(locked.status)) throw sessionEnded("media");
      return tx.mediaChunk.create({
        data: {
          sessionId: session.id,
          kind: input.kind,
          chunkIndex: input.index,
          storageKey: key,
          sizeBytes: size,
          mimeType: media.mimeType,
          startOffsetMs: input.startOffsetMs ?? null,
          durationMs: input.durationMs ?? null,
          transcriptStatus: input.kind === "audio" ? "pending" : null,
        },
      });
    });
    return { chunk: chunkView(chunk), created: true };
  } catch (e) {
    if (isUniqueViolation(e)) {
      // a concurrent upload of the same chunk won; it wrote the same key, so its row describes our object
      const winner = await findChunk(session.id, input.kind, input.index);
      if (winner) return { chunk: chunkView(winner), created: false };
    }
    // no row will point at the object: remove it (a retry would rewrite the same key anyway)
    await storage.delete(key).catch((error) => log.warn("could not remove an unreferenced media object", { key, error }));
    throw e;
  }
}
