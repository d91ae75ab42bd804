// Request bodies read under a byte limit: refused from Content-Length before anything is read,
// and enforced again while reading (a body may be chunked, or longer than its Content-Length).
import { AppError } from "@/lib/errors";
import { iterateBody } from "@/lib/storage/body-source";
import { parseJsonBody } from "@/lib/validation/bounded-json";

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
  body: ReadableStream<Uint8Array> | null,
  opts: { maxBytes: number; declaredLength?: number },
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  let total = 0;
  for await (const part of interruptible(iterateBody(body))) {
    total += part.byteLength;
    if (total > opts.maxBytes) throw tooLarge(opts.maxBytes);
    if (opts.declaredLength !== undefined && total > opts.declaredLength) {
      throw new AppError("payload_too_large", "The request body is longer than its Content-Length", { maxBytes: opts.maxBytes });
    }
    yield part;
  }
  if (opts.declaredLength !== undefined && total < opts.declaredLength) {
    throw new AppError("bad_request", "The request body ended before its Content-Length");
  }
}

/**
 * A JSON body under a byte limit. Accepts application/json, and text/plain because
 * navigator.sendBeacon can only send CORS-safelisted types without a preflight.
 */
export async function readJsonWithLimit(req: Request, maxBytes: number): Promise<unknown> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("application/json") && !type.startsWith("text/plain")) {
    throw new AppError("unsupported_media_type", "Send the body as application/json (or text/plain holding JSON)");
  }
  const length = refuseOversized(req, maxBytes);
  const parts: Uint8Array[] = [];
  for await (const part of limitedBody(req.body, { maxBytes, declaredLength: length })) parts.push(part);
  const text = Buffer.concat(parts).toString("utf8");
  if (!text.trim()) throw new AppError("bad_request", "The request body is empty");
  return parseJsonBody(text);
}
