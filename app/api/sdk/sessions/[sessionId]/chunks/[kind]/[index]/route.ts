// PUT /api/sdk/sessions/:sessionId/chunks/:kind/:index — one audio or screen chunk as the raw body (idempotent):
// a self-contained segment, or an audio timeslice of a span (x-span-start-index; ADR 010) with its level (x-chunk-level-db).
import { AppError, validationError } from "@/lib/errors";
import { corsPreflight, created, json, route } from "@/lib/http";
import { chunkHeadersSchema, chunkParams, MAX_CHUNK_BYTES } from "@/lib/recordings/schemas";
import { storeMediaChunk } from "@/lib/recordings/store-media-chunk";

export const OPTIONS = corsPreflight("PUT, OPTIONS");

export const PUT = route(
  {
    auth: "public_key",
    cors: true,
    params: chunkParams,
    // the bytes go to storage as they arrive, under the kind's limit (413 from Content-Length or while streaming)
    body: "stream",
    maxBodyBytes: (params) => MAX_CHUNK_BYTES[params.kind],
    rateLimit: ({ params }) => [["uploadsPerSession", params.sessionId]],
  },
  async ({ req, principal, params, body }) => {
    const headers = chunkHeadersSchema.safeParse({
      "x-chunk-start-ms": req.headers.get("x-chunk-start-ms") ?? undefined,
      "x-chunk-duration-ms": req.headers.get("x-chunk-duration-ms") ?? undefined,
      "x-span-start-index": req.headers.get("x-span-start-index") ?? undefined,
      "x-chunk-level-db": req.headers.get("x-chunk-level-db") ?? undefined,
    });
    if (!headers.success)
      throw new AppError("validation_failed", "Invalid chunk headers", validationError(headers.error, "params").details);
    const { chunk, created: isNew } = await storeMediaChunk({
      caller: principal,
      sessionId: params.sessionId,
      kind: params.kind,
      index: params.index,
      contentType: req.headers.get("content-type"),
      contentLength: body.declaredLength,
      startOffsetMs: headers.data["x-chunk-start-ms"],
      durationMs: headers.data["x-chunk-duration-ms"],
      spanStartIndex: headers.data["x-span-start-index"],
      levelDb: headers.data["x-chunk-level-db"],
      body: body.chunks,
    });
    return isNew ? created({ chunk }) : json({ chunk });
  },
);
