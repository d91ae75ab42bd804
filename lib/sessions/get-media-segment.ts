import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage } from "@/lib/storage";
import { type ByteRange, parseRange, sliceBytes } from "./media-range";

export type MediaKind = "audio" | "screen";

/**
 * One recorded segment's bytes as an HTTP response, honouring a single byte range (206) so that a
 * media element can seek. Segments are bounded (≤ 25 MB), so a range is cut from the stored
 * stream by skipping bytes, which works the same for every storage driver.
 */
export async function getMediaSegment(input: { projectId: string; sessionId: string; kind: MediaKind; index: number; rangeHeader: string | null }): Promise<Response> {
  const chunk = await db.mediaChunk.findFirst({
    where: { sessionId: input.sessionId, kind: input.kind, chunkIndex: input.index, session: { projectId: input.projectId } },
    select: { id: true, storageKey: true, mimeType: true },
  });
  if (!chunk) throw notFound("Recording segment");
  const stored = await mediaStorage().get(chunk.storageKey);
  if (!stored) {
    // the row exists but its file is gone (deleted by retention or lost): say so rather than 500
    log.warn("media object missing", { key: chunk.storageKey });
    throw notFound("Recording file");
  }
  const headers = new Headers({
    "content-type": chunk.mimeType,
    "accept-ranges": "bytes",
    // a stored segment never changes: the browser may keep it while the page is open
    "cache-control": "private, max-age=3600",
    etag: `"${chunk.id}"`,
    "x-content-type-options": "nosniff",
  });
  const range = parseRange(input.rangeHeader, stored.size);
  if (range === "unsatisfiable") {
    stored.body.destroy();
    headers.set("content-range", `bytes */${stored.size}`);
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify({ error: { code: "range_not_satisfiable", message: `The segment has ${stored.size} bytes` } }), { status: 416, headers });
  }
  if (!range) {
    headers.set("content-length", String(stored.size));
    return new Response(toWebStream(stored.body), { status: 200, headers });
  }
  headers.set("content-length", String(range.end - range.start + 1));
  headers.set("content-range", `bytes ${range.start}-${range.end}/${stored.size}`);
  return new Response(toWebStream(stored.body, range), { status: 206, headers });
}

function toWebStream(body: Readable, range?: ByteRange): ReadableStream<Uint8Array> {
  const source = range ? sliceBytes(body, range) : body;
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          body.destroy();
          controller.close();
        } else controller.enqueue(value);
      } catch (e) {
        body.destroy();
        controller.error(e);
      }
    },
    cancel() {
      // the browser often drops a request once it has enough bytes (seeking): release the file
      body.destroy();
    },
  });
}
