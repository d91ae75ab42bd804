// A span's chunks joined into the one file they were cut from. MediaRecorder timeslices of one run
// are consecutive pieces of a single WebM (or Ogg/MP4) stream: only the first carries the header, a
// later piece does not decode alone, and the pieces concatenated in order are a valid file
// (checked with ffmpeg on real Chromium recordings: tests/fixtures/audio). ADR 010.
import { mediaStorage } from "@/lib/storage";

export interface SpanPart {
  storageKey: string;
}

/**
 * Reads a span's parts in order and joins them. A part missing from storage is left out (a WebM
 * decoder resynchronises at the next cluster, so the rest still plays); `missing` lists the
 * positions left out, and `first` is false when the part with the header is gone (nothing decodes).
 */
export async function joinSpan(parts: readonly SpanPart[]): Promise<{ bytes: Buffer; missing: number[]; first: boolean }> {
  const storage = mediaStorage();
  const buffers: Buffer[] = [];
  const missing: number[] = [];
  for (const [i, part] of parts.entries()) {
    const stored = await storage.get(part.storageKey);
    if (!stored) {
      missing.push(i);
      continue;
    }
    const pieces: Buffer[] = [];
    for await (const piece of stored.body) pieces.push(Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array));
    buffers.push(Buffer.concat(pieces));
  }
  return { bytes: Buffer.concat(buffers), missing, first: parts.length > 0 && !missing.includes(0) };
}
