// The one reader of request bodies, used by the route wrapper (lib/http.ts) for every route: JSON,
// JSON sent as text/plain by navigator.sendBeacon, raw text (a signed webhook's exact payload), and
// raw bytes handed over as a stream. Every body
// is read under a byte limit: refused from Content-Length before anything is read, and enforced
// again while reading (a body may be chunked, or longer than its Content-Length). JSON then goes
// through the depth bound of parseJsonBody.
import { AppError } from "@/lib/errors";
import { iterateBody } from "@/lib/storage/body-source";
import { parseJsonBody } from "@/lib/validation/bounded-json";

/**
 * - `json`: application/json; an absent or blank body reads as {} (so optional bodies may be left out)
 * - `beacon`: application/json or text/plain holding JSON, because navigator.sendBeacon can only send
 *   CORS-safelisted types without a preflight; an empty body is a 400
 */
export type JsonBodyFormat = "json" | "beacon";

/** A raw body for a handler that streams it on (media chunks): limits are enforced as it is consumed. */
export interface StreamedBody {
  /** the request's Content-Length, when it has one (already checked against the limit) */
  declaredLength?: number;
  /** the bytes, failing with 413/400 as limitedBody does; null when the request has no body */
  chunks: AsyncGenerator<Uint8Array> | null;
}

const tooLarge = (maxBytes: number) =>
  new AppError("payload_too_large", `The request body must be at most ${maxBytes} bytes`, { maxBytes });

/** The declared Content-Length, undefined when absent; a malformed value is a 400. */
export function declaredLength(req: Request): number | undefined {
  const raw = req.headers.get("content-length");
  if (raw === null) return undefined;
  if (!/^\d{1,15}$/.test(raw.trim())) throw new AppError("bad_request", "Malformed Content-Length header");
  return Number(raw.trim());
}

/** Throws 413 when the declared length is over the limit: call before reading anything. */
export function refuseOversized(req: Request, maxBytes: number): number | undefined {
  const length = declaredLength(req);
  if (length !== undefined && length > maxBytes) throw tooLarge(maxBytes);
  return length;
}

/** A client that disconnects mid-body is an expected event, answered as such rather than as a server error. */
async function* interruptible(source: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await source.next();
      } catch {
        throw new AppError("bad_request", "The upload was interrupted before the body ended");
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // stops reading the request when we stop early (a limit was hit, the container check failed)
    await source.return(undefined);
  }
}

/**
 * Yields the body's bytes, failing with 413 as soon as more than `maxBytes` (or more than the
 * declared Content-Length) have arrived, and with 400 when it ends short of its Content-Length.
 */
export async function* limitedBody(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null,
  opts: { maxBytes: number; declaredLength?: number },
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  let total = 0;
  const count = (part: Uint8Array) => {
    total += part.byteLength;
    if (total > opts.maxBytes) throw tooLarge(opts.maxBytes);
    if (opts.declaredLength !== undefined && total > opts.declaredLength) {
      throw new AppError("payload_too_large", "The request body is longer than its Content-Length", { maxBytes: opts.maxBytes });
    }
  };
  if ("getReader" in body) {
    // a request's web stream is read here directly, as iterateBody and interruptible would: every
    // generator layer costs promises on each part of a 1 MiB upload (ADR 018)
    const reader = body.getReader();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch {
          throw new AppError("bad_request", "The upload was interrupted before the body ended");
        }
        if (next.done) break;
        if (!next.value) continue;
        count(next.value);
        yield next.value;
      }
    } finally {
      // stops reading the request when we stop early (a limit was hit, the container check failed)
      await reader.cancel().catch(() => {});
    }
  } else {
    for await (const part of interruptible(iterateBody(body))) {
      count(part);
      yield part;
    }
  }
  if (opts.declaredLength !== undefined && total < opts.declaredLength) {
    throw new AppError("bad_request", "The request body ended before its Content-Length");
  }
}

/** The raw body for streaming on: 413 from Content-Length now, the rest of the limits while it is read. */
export function readBodyStream(req: Request, maxBytes: number): StreamedBody {
  const length = refuseOversized(req, maxBytes);
  return { declaredLength: length, chunks: req.body ? limitedBody(req.body, { maxBytes, declaredLength: length }) : null };
}

/** The whole body as text, under the byte limit, decoded as Request.text() does (UTF-8, a leading byte-order mark dropped). */
async function readText(req: Request, maxBytes: number, length: number | undefined): Promise<string> {
  // With a Content-Length (already ≤ maxBytes) the body is read in one call: Node's HTTP parser
  // hands a request no more bytes than it declares, so memory stays bounded, and reading a web
  // stream chunk by chunk cost the event batches more CPU than their JSON.parse (ADR 018). The
  // limits are then checked on the total, with the same answers as while streaming.
  if (length !== undefined && req.body) {
    let bytes: ArrayBuffer;
    try {
      bytes = await req.arrayBuffer();
    } catch {
      throw new AppError("bad_request", "The upload was interrupted before the body ended");
    }
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    if (bytes.byteLength > length) {
      throw new AppError("payload_too_large", "The request body is longer than its Content-Length", { maxBytes });
    }
    if (bytes.byteLength < length) throw new AppError("bad_request", "The request body ended before its Content-Length");
    return new TextDecoder().decode(bytes);
  }
  const parts: Uint8Array[] = [];
  for await (const part of limitedBody(req.body, { maxBytes, declaredLength: length })) parts.push(part);
  return new TextDecoder().decode(Buffer.concat(parts));
}

/** A raw text body of any content type under a byte limit (a webhook whose signature covers the exact text). */
export async function readTextBody(req: Request, maxBytes: number): Promise<string> {
  return readText(req, maxBytes, refuseOversized(req, maxBytes));
}

/** A JSON body under a byte limit and the depth bound: 413, 415 or 400 as documented on JsonBodyFormat. */
export async function readJsonBody(req: Request, opts: { maxBytes: number; format?: JsonBodyFormat }): Promise<unknown> {
  const { maxBytes, format = "json" } = opts;
  const length = refuseOversized(req, maxBytes);
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (format === "beacon") {
    if (!type.startsWith("application/json") && !type.startsWith("text/plain")) {
      throw new AppError("unsupported_media_type", "Send the body as application/json (or text/plain holding JSON)");
    }
  } else if (!type.startsWith("application/json")) {
    if (!req.body || length === 0) return {};
    throw new AppError("unsupported_media_type", "Send the body as application/json");
  }
  const text = await readText(req, maxBytes, length);
  if (!text.trim()) {
    if (format === "beacon") throw new AppError("bad_request", "The request body is empty");
    return {};
  }
  return parseJsonBody(text);
}
