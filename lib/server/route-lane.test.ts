// The lane's pieces over real HTTP: which requests it takes, and how Node's request and a web
// Response cross over (headers, the peer address, the body stream, one write, refused bodies).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/network/peer-address";
import { rawExchange } from "@/tests/helpers/raw-http";
import { routeLane, serveFromLane, type LaneHandler } from "./route-lane";

const echo: LaneHandler = async () => new Response("ok");
const lane = routeLane([
  { route: "/api/sdk/sessions/[sessionId]/events", methods: { POST: echo, OPTIONS: echo } },
  { route: "/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]", methods: { PUT: echo } },
]);

describe("routeLane", () => {
  it("takes the declared methods on the declared paths, with their parameters, query or not", () => {
    expect(lane("POST", "/api/sdk/sessions/s1/events")?.params).toEqual({ sessionId: "s1" });
    expect(lane("POST", "/api/sdk/sessions/s1/events?key=ut_pub_x")?.params).toEqual({ sessionId: "s1" });
    expect(lane("OPTIONS", "/api/sdk/sessions/s1/events")?.handler).toBe(echo);
    expect(lane("PUT", "/api/sdk/sessions/cm_1-2/chunks/audio/17?key=k")?.params).toEqual({
      sessionId: "cm_1-2",
      kind: "audio",
      index: "17",
    });
  });

  it("leaves everything else to Next: other methods, paths, trailing slashes, encoded or odd segments", () => {
    for (const [method, url] of [
      ["GET", "/api/sdk/sessions/s1/events"],
      ["PUT", "/api/sdk/sessions/s1/events"],
      ["POST", "/api/sdk/sessions/s1/events/"],
      ["POST", "/api/sdk/sessions/s%31/events"],
      ["POST", "/api/sdk/sessions/s.1/events"],
      ["POST", "/api/sdk/sessions//events"],
      ["POST", "/api/sdk/sessions/s1/end"],
      ["POST", "/api/sdk/sessions"],
      ["PUT", "/api/sdk/sessions/s1/chunks/audio"],
      ["GET", "/"],
      [undefined, "/api/sdk/sessions/s1/events"],
      ["POST", undefined],
    ] as const) {
      expect(lane(method, url), `${method} ${url}`).toBeUndefined();
    }
  });
});

// ───────── over a real socket ─────────

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(handler: LaneHandler): Promise<string> {
  const server = http.createServer((req, res) => void serveFromLane({ handler, params: { sessionId: "s1" } }, req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("serveFromLane", () => {
  it("hands the handler a web Request: method, URL with its query, headers, parameters, and the body's bytes", async () => {
    let seen: Record<string, unknown> = {};
    const origin = await serve(async (req, ctx) => {
      seen = {
        method: req.method,
        url: req.url,
        type: req.headers.get("content-type"),
        params: await ctx.params,
        body: Buffer.from(await req.arrayBuffer()).toString(),
      };
      return Response.json({ ok: true }, { status: 201, headers: { "x-extra": "1" } });
    });
    const res = await fetch(`${origin}/api/sdk/sessions/s1/events?key=k1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"events":[]}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-extra")).toBe("1");
    // the headers next.config.ts gives every answer
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(seen).toEqual({
      method: "POST",
      url: `${origin}/api/sdk/sessions/s1/events?key=k1`,
      type: "application/json",
      params: { sessionId: "s1" },
      body: '{"events":[]}',
    });
  });

  it("stamps the socket's address over any the client claims, and survives a Host header no URL can hold", async () => {
    const origin = await serve(async (req) => Response.json({ peer: req.headers.get(PEER_HEADER), url: req.url }));
    const { text: answer } = await rawExchange(
      origin,
      `GET /api/x?y=1 HTTP/1.1\r\nHost: evil host\r\n${PEER_HEADER}: 6.6.6.6\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body).toEqual({ peer: "127.0.0.1", url: "http://localhost/api/x?y=1" });
  });

  it("sends the status line, headers and body in one write", async () => {
    const origin = await serve(async () => Response.json({ stored: 50 }));
    const { writes } = await rawExchange(origin, "POST /e HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    expect(writes).toHaveLength(1);
    const text = writes[0].toString();
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(text.toLowerCase()).toContain("\r\ncontent-length: 13\r\n");
    expect(text.endsWith('\r\n\r\n{"stored":50}')).toBe(true);
  });

  it("streams a large body to the handler part by part, without holding it whole first", async () => {
    const parts: number[] = [];
    const origin = await serve(async (req) => {
      const reader = req.body!.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value.byteLength);
      return new Response(null, { status: 204 });
    });
    const size = 8 * 1024 * 1024;
    const res = await fetch(`${origin}/upload`, { method: "PUT", body: Buffer.alloc(size, 1) });
    expect(res.status).toBe(204);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(size);
    // Node's parts (≤ 64 KiB socket reads), not one buffer
    expect(parts.length).toBeGreaterThan(16);
    expect(Math.max(...parts)).toBeLessThanOrEqual(1024 * 1024);
  });

  it("answers a body refused part-way without draining it, and closes the connection", async () => {
    const origin = await serve(async (req) => {
      const reader = req.body!.getReader();
      await reader.read();
      await reader.cancel();
      return Response.json({ error: { code: "payload_too_large", message: "too large" } }, { status: 413 });
    });
    // the body is announced as chunked and never finished: only a closed connection ends this exchange
    const { text: answer } = await rawExchange(
      origin,
      "PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n" + "x".repeat(0x10000) + "\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain("connection: close");
  });

  it("errors the body stream when the client goes away mid-body, so the handler can drop the partial upload", async () => {
    let failure: unknown;
    let settled!: () => void;
    const handled = new Promise<void>((resolve) => (settled = resolve));
    const origin = await serve(async (req) => {
      try {
        await req.arrayBuffer();
      } catch (e) {
        failure = e;
      }
      settled();
      return new Response(null, { status: 204 });
    });
    await rawExchange(origin, (socket) =>
      socket.write("PUT /c HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(1000), () => socket.destroy()),
    );
    await handled;
    expect(failure).toBeInstanceOf(Error);
  });

  it("a handler that throws (which route() never does) still gets the error shape, not a hang", async () => {
    const origin = await serve(async () => {
      throw new Error("boom at /secret/path");
    });
    const res = await fetch(`${origin}/x`, { method: "POST", body: "{}" });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "Something went wrong on our side" } });
  });

  it("keeps repeated headers", async () => {
    const origin = await serve(async (req) => Response.json({ via: req.headers.get("x-multi") }));
    const { text: answer } = await rawExchange(
      origin,
      "GET /a HTTP/1.1\r\nHost: a\r\nX-Multi: 1\r\nX-Multi: 2\r\nConnection: close\r\n\r\n",
    );
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ via: "1, 2" });
  });
});
