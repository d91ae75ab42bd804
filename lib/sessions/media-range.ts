// HTTP Range requests for recordings (RFC 9110 §14): the browser's media element asks for byte
// ranges to seek, and needs 206 answers to allow it. Only single ranges are served; a multi-range
// request gets the whole object (allowed by the RFC), which media elements never send anyway.

export type ByteRange = { start: number; end: number };

/**
 * The range a `Range` header asks for in an object of `size` bytes: null when the header is absent
 * or not a single byte range (serve everything), "unsatisfiable" when it lies outside the object.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first, last] = match;
  if (!first && !last) return null;
  if (!first) {
    // suffix range: the last N bytes
    const n = Number(last);
    if (n === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last ? Math.min(Number(last), size - 1) : size - 1;
  if (start >= size || (last && Number(last) < start)) return "unsatisfiable";
  return { start, end };
}

/** Passes through only bytes start..end (inclusive) of a stream, then stops reading it. */
export async function* sliceBytes(source: AsyncIterable<Uint8Array>, range: ByteRange): AsyncGenerator<Uint8Array> {
  let position = 0;
  for await (const part of source) {
    const from = Math.max(range.start - position, 0);
    const to = Math.min(range.end + 1 - position, part.byteLength);
    position += part.byteLength;
    if (to > from) yield from === 0 && to === part.byteLength ? part : part.subarray(from, to);
    if (position > range.end) return;
  }
}
