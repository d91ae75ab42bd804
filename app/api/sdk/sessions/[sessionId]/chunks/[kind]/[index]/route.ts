// PUT /api/sdk/sessions/:sessionId/chunks/:kind/:index — one self-contained audio or screen segment as the raw body (idempotent).
import { AppError, validationError } from "@/lib/errors";
import { corsPreflight, created, json, route } from "@/lib/http";
import { refuseOversized } from "@/lib/recordings/request-body";
import { chunkHeadersSchema, chunkParams, MAX_CHUNK_BYTES } from "@/lib/recordings/schemas";
import { storeMediaChunk } from "@/lib/recordings/store-media-chunk";

export const OPTIONS = corsPreflight("PUT, OPTIONS");

export const PUT = route(
  { auth: "public_key", cors: true, params: chunkParams, rateLimit: ({ params }) => [["uploadsPerSession", params.sessionId]] },
  async ({ req, principal, params }) => {
    const headers = chunkHeadersSchema.safeParse({
      "x-chunk-start-ms": req.headers.get("x-chunk-start-ms") ?? undefined,
      "x-chunk-duration-ms": req.headers.get("x-chunk-duration-ms") ?? undefined,
    });
    if (!headers.success) throw new AppError("validation_failed", "Invalid chunk headers", validationError(headers.error, "params").details);
    const { chunk, created: isNew } = await storeMediaChunk({
      caller: principal,
      sessionId: params.sessionId,
      kind: params.kind,
      index: params.index,
      contentType: req.headers.get("content-type"),
      contentLength: refuseOversized(req, MAX_CHUNK_BYTES[params.kind]),
      startOffsetMs: headers.data["x-chunk-start-ms"],
      durationMs: headers.data["x-chunk-duration-ms"],
      body: req.body,
    });
    return isNew ? created({ chunk }) : json({ chunk });
  },
);
