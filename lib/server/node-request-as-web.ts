// Node's request as the web Request our route handlers take, built the cheap way (ADR 020): the
// headers copied once, the socket's address stamped under our own header (as lib/network/peer-address.ts
// does for Next), and the body a web stream over Node's own chunks, so an upload is neither copied
// part by part nor buffered whole.
import type { IncomingMessage } from "node:http";
import { PEER_HEADER } from "@/lib/network/peer-address";

// a Host header is the client's to choose; an odd one must not break the URL the handler reads
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function nodeRequestAsWeb(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === PEER_HEADER) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  headers.set(PEER_HEADER, req.socket.remoteAddress ?? "");
  const host = req.headers.host && PLAIN_HOST.test(req.headers.host) ? req.headers.host : "localhost";
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
  const init: RequestInit & { duplex?: "half" } = { method, headers };
  if (hasBody) Object.assign(init, { body: bodyStream(req), duplex: "half" });
  return new Request(`http://${host}${req.url ?? "/"}`, init);
}

// Up to this much is read ahead of the handler before Node's request is paused (TCP then pushes back).
const READ_AHEAD_BYTES = 64 * 1024;

/**
 * The request body as a web stream of Node's Buffers (no copy). A handler that stops reading early
 * (a 413 mid-upload) cancels it: the rest is drained and dropped so the answer can still be sent.
 * A client that goes away mid-body errors the stream, so storage discards the partial upload.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (settled) return;
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 1) <= 0) req.pause();
        });
        req.once("end", () => {
          if (settled) return;
          settled = true;
          controller.close();
        });
        req.once("close", () => {
          if (settled || req.complete) return;
          settled = true;
          controller.error(new Error("The client closed the connection before the body was complete"));
        });
        req.once("error", (e) => {
          if (settled) return;
          settled = true;
          controller.error(e);
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        settled = true;
        req.resume();
      },
    },
    { highWaterMark: READ_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  );
}
