// The bytes of an audio span as one file: its chunks' stored objects one after the other (ADR 010),
// optionally only a byte range of the whole. Chunks wholly outside the range are never opened, so a
// media element seeking near the end of a minute-long span reads one or two objects, not twelve.
import type { Readable } from "node:stream";
import { mediaStorage } from "@/lib/storage";
import { type ByteRange, sliceBytes } from "./media-range";

export interface SpanObject {
  storageKey: string;
  size: number;
}

/** Streams `parts` joined, or the bytes `range` (inclusive, over the joined whole) of them. */
export async function* spanBody(parts: readonly SpanObject[], range?: ByteRange): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (const part of parts) {
    const start = offset;
    offset += part.size;
    if (range && (offset <= range.start || start > range.end)) continue;
    const stored = await mediaStorage().get(part.storageKey);
    if (!stored) throw new Error(`media object missing: ${part.storageKey}`);
    const body: Readable = stored.body;
    try {
      const local = range ? { start: Math.max(0, range.start - start), end: Math.min(part.size - 1, range.end - start) } : undefined;
      for await (const piece of local ? sliceBytes(body, local) : body) yield piece as Uint8Array;
    } finally {
      // the browser often drops a request once it has enough bytes (seeking): release the object
      body.destroy();
    }
  }
}
