import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage } from "@/lib/storage";
import { isEnded } from "./session-status";
import { type ByteRange, parseRange, sliceBytes } from "./media-range";
import { spanBody } from "./span-body";

export type MediaKind = "audio" | "screen";

/**
 * One recorded segment's bytes as an HTTP response, honouring a single byte range (206) so that a
 * media element can seek. A segment is a self-contained chunk, or an audio span served at its first
 * chunk's index as its chunks joined (one decodable file; ADR 010) — a span's later chunks have no
 * URL of their own. Segments are bounded (≤ 25 MB; a span ≤ 64 chunks), so a range is cut from the
 * stored streams by skipping bytes, which works the same for every storage driver.
 */
export async function getMediaSegment(input: {
  projectId: string;
  sessionId: string;
  kind: MediaKind;
  index: number;
  rangeHeader: string | null;
}): Promise<Response> {
  const chunk = await db.mediaChunk.findFirst({
    where: { sessionId: input.sessionId, kind: input.kind, chunkIndex: input.index, session: { projectId: input.projectId } },
    select: { id: true, storageKey: true, mimeType: true, spanStartIndex: true, session: { select: { status: true } } },
  });
  if (!chunk || (chunk.spanStartIndex !== null && chunk.spanStartIndex !== input.index)) throw notFound("Recording segment");
  const storage = mediaStorage();
  const headers = new Headers({ "content-type": chunk.mimeType, "accept-ranges": "bytes", "x-content-type-options": "nosniff" });
  if (chunk.spanStartIndex === null) {
    const stored = await storage.get(chunk.storageKey);
    if (!stored) throw missingFile(chunk.storageKey);
    // a stored segment never changes: the browser may keep it while the page is open
    headers.set("cache-control", "private, max-age=3600");
    headers.set("etag", `"${chunk.id}"`);
    return respond(
      headers,
      stored.size,
      input.rangeHeader,
      (range) => sliceStream(stored.body, range),
      () => stored.body.destroy(),
    );
  }
  const parts = await db.mediaChunk.findMany({
    where: { sessionId: input.sessionId, kind: input.kind, spanStartIndex: input.index },
    select: { storageKey: true, sizeBytes: true },
    orderBy: { chunkIndex: "asc" },
  });
  const present = await Promise.all(parts.map((p) => storage.exists(p.storageKey)));
  if (!present[0]) throw missingFile(chunk.storageKey);
  // a lost later chunk is left out (a WebM decoder resyncs at the next cluster); sizes are as stored
  parts.forEach((p, i) => present[i] || log.warn("media object missing", { key: p.storageKey }));
  const objects = parts.filter((_, i) => present[i]).map((p) => ({ storageKey: p.storageKey, size: p.sizeBytes }));
  const size = objects.reduce((n, o) => n + o.size, 0);
  // a span grows while the session records: cache it for long only once the session has ended
  headers.set("cache-control", isEnded(chunk.session.status) ? "private, max-age=3600" : "private, no-cache");
  headers.set("etag", `"${chunk.id}-${objects.length}-${size}"`);
  return respond(headers, size, input.rangeHeader, (range) => spanBody(objects, range));
}

/** The row exists but its file is gone (deleted by retention or lost): say so rather than 500. */
function missingFile(key: string) {
  log.warn("media object missing", { key });
  return notFound("Recording file");
}

/** The 200, 206 or 416 answer for an object of `size` bytes whose bytes `body(range)` streams. */
function respond(
  headers: Headers,
  size: number,
  rangeHeader: string | null,
  body: (range?: ByteRange) => AsyncIterable<Uint8Array>,
  discard?: () => void,
): Response {
  const range = parseRange(rangeHeader, size);
  if (range === "unsatisfiable") {
    discard?.();
    headers.set("content-range", `bytes */${size}`);
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify({ error: { code: "range_not_satisfiable", message: `The segment has ${size} bytes` } }), {
      status: 416,
      headers,
    });
  }
  if (!range) {
    headers.set("content-length", String(size));
    return new Response(toWebStream(body()), { status: 200, headers });
  }
  headers.set("content-length", String(range.end - range.start + 1));
  headers.set("content-range", `bytes ${range.start}-${range.end}/${size}`);
  return new Response(toWebStream(body(range)), { status: 206, headers });
}

/** One stored object's bytes (or a range of them), releasing the object when done or abandoned. */
async function* sliceStream(body: Readable, range?: ByteRange): AsyncGenerator<Uint8Array> {
  try {
    for await (const piece of range ? sliceBytes(body, range) : body) yield piece as Uint8Array;
  } finally {
    body.destroy();
  }
}

function toWebStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      // the browser often drops a request once it has enough bytes (seeking): the source's finally releases the object
      await iterator.return?.();
    },
  });
}
