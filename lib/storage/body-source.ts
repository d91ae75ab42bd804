// Helpers to consume any body a driver accepts (Node stream, web stream, async iterable) chunk by chunk.
import { Readable } from "node:stream";
import type { BodySource } from "./media-storage";

function isWebStream(body: BodySource): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream<Uint8Array>).getReader === "function";
}

export async function* iterateBody(body: BodySource): AsyncGenerator<Uint8Array> {
  if (isWebStream(body)) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value) yield value;
      }
    } finally {
      // ends the source when the consumer stops early (an error or a limit)
      await reader.cancel().catch(() => {});
    }
  }
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
    yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  }
}

/** A Node Readable over any body source. */
export function toReadable(body: BodySource): Readable {
  if (body instanceof Readable) return body;
  return Readable.from(iterateBody(body), { objectMode: false });
}
