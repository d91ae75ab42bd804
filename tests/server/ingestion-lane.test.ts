// The production server's ingestion lane (server.ts, ADR 020) over real HTTP, with the real route
// handlers, database and local-disk storage: what the SDK sends is stored exactly as through Next,
// refused uploads leave nothing behind, and every other request is left to Next (here a stand-in
// that only says it was asked).
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { INGESTION_LANE } from "@/app/api/sdk/sessions/ingestion-lane";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RouteHandler } from "@/lib/http";
import { routeLane, serveFromLane } from "@/lib/server/route-lane";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { rawExchange } from "@/tests/helpers/raw-http";

const SHOP = "https://shop.example.com";
const lane = routeLane(INGESTION_LANE);
let origin: string;
let server: http.Server;

// the lane requests the server has received, and those it is still handling: a test that cuts a
// request off waits for the server to have finished with it before looking at what was stored
let received = 0;
const handling = new Set<Promise<void>>();
const allHandled = () => Promise.all([...handling]);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const match = lane(req.method, req.url);
    if (!match) return void res.writeHead(418, { "content-type": "text/plain" }).end("next");
    received++;
    const served = serveFromLane(match, req, res);
    handling.add(served);
    void served.finally(() => handling.delete(served));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(path.resolve(env().DATA_DIR), { recursive: true, force: true });
});

async function setup() {
  const owner = await createOwnerWithProject(db);
  await db.project.update({ where: { id: owner.project.id }, data: { allowedOrigins: [SHOP] } });
  const session = await createSession(db, {
    projectId: owner.project.id,
    status: "active",
    consents: { recording: true, analytics: true },
  });
  return { projectId: owner.project.id, key: owner.publicKey, sessionId: session.id };
}

const webm = (size: number) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), randomBytes(size - 4)]);
const sessionFiles = (projectId: string, sessionId: string) => {
  const dir = path.resolve(env().DATA_DIR, "media", "projects", projectId, "sessions", sessionId);
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()) : [];
};
const chunkUrl = (s: { key: string; sessionId: string }, index: number) =>
  `${origin}/api/sdk/sessions/${s.sessionId}/chunks/audio/${index}?key=${s.key}`;
const chunkHeaders = { "content-type": "audio/webm;codecs=opus", "x-chunk-start-ms": "0", "x-chunk-duration-ms": "5000" };

describe("event batches through the lane", () => {
  it("stores a batch once, answers a retry as duplicates, with the CORS and security headers of the route", async () => {
    const s = await setup();
    const events = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}-${randomUUID()}`, type: "click", offsetMs: i, data: { n: i } }));
    const send = () =>
      fetch(`${origin}/api/sdk/sessions/${s.sessionId}/events?key=${s.key}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: SHOP },
        body: JSON.stringify({ events }),
      });
    const first = await send();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ accepted: 50, duplicates: 0 });
    expect(first.headers.get("access-control-allow-origin")).toBe(SHOP);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const again = await send();
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 50 });
    expect(await db.sessionEvent.count({ where: { sessionId: s.sessionId } })).toBe(50);
  });

  it("refuses as the route does: bad key 401, foreign origin 403, bad body 400 — nothing stored", async () => {
    const s = await setup();
    const post = (init: { key?: string; origin?: string; body?: string }) =>
      fetch(`${origin}/api/sdk/sessions/${s.sessionId}/events?key=${init.key ?? s.key}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(init.origin ? { origin: init.origin } : {}) },
        body: init.body ?? JSON.stringify({ events: [{ id: "a", type: "click", offsetMs: 1 }] }),
      });
    expect((await post({ key: "ut_pub_nope" })).status).toBe(401);
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    const bad = await post({ body: '{"events":[{"id":"a"}]}' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("validation_failed");
    expect(await db.sessionEvent.count({ where: { sessionId: s.sessionId } })).toBe(0);
  });

  it("answers the SDK's preflight", async () => {
    const s = await setup();
    const res = await fetch(`${origin}/api/sdk/sessions/${s.sessionId}/events`, { method: "OPTIONS", headers: { origin: SHOP } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toContain("x-usertests-key");
  });
});

describe("media chunks through the lane", () => {
  it("stores a chunk's row and file; a retry answers the stored chunk without stalling the connection", async () => {
    const s = await setup();
    const body = webm(256 * 1024);
    const first = await fetch(chunkUrl(s, 0), { method: "PUT", headers: chunkHeaders, body });
    expect(first.status).toBe(201);
    expect((await first.json()).chunk).toMatchObject({ kind: "audio", index: 0, sizeBytes: body.length });
    const again = await fetch(chunkUrl(s, 0), { method: "PUT", headers: chunkHeaders, body });
    expect(again.status).toBe(200);
    // the retry's body was never read: the next upload is still answered at once, not stalled behind it
    const next = await fetch(chunkUrl(s, 1), { method: "PUT", headers: chunkHeaders, body: webm(1024), signal: AbortSignal.timeout(3000) });
    expect(next.status).toBe(201);
    const files = sessionFiles(s.projectId, s.sessionId).map((f) => fs.readFileSync(path.join(f.parentPath, f.name)));
    expect(files).toHaveLength(2);
    expect(files.some((f) => f.equals(body))).toBe(true);
  });

  it("413 for a streamed body over the limit: answered without reading the rest, connection closed, nothing stored", async () => {
    const s = await setup();
    const { pathname, search } = new URL(chunkUrl(s, 1));
    const part = webm(1024 * 1024);
    const { text: answer } = await rawExchange(origin, (socket) => {
      socket.write(
        `PUT ${pathname}${search} HTTP/1.1\r\nHost: a\r\nContent-Type: audio/webm\r\nX-Chunk-Start-Ms: 0\r\nX-Chunk-Duration-Ms: 5000\r\nTransfer-Encoding: chunked\r\n\r\n`,
      );
      // 11 MiB, over the 10 MB audio limit, and never the closing zero-length part
      const hex = part.length.toString(16);
      for (let i = 0; i < 11 && !socket.destroyed; i++) socket.write(Buffer.concat([Buffer.from(`${hex}\r\n`), part, Buffer.from("\r\n")]));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain("connection: close");
    await allHandled();
    expect(await db.mediaChunk.count({ where: { sessionId: s.sessionId } })).toBe(0);
    expect(sessionFiles(s.projectId, s.sessionId)).toHaveLength(0);
  });

  it("an upload cut off mid-body leaves no row and no file, and its retry is stored", async () => {
    const s = await setup();
    const body = webm(512 * 1024);
    const { pathname, search } = new URL(chunkUrl(s, 2));
    const before = received;
    await rawExchange(origin, (socket) => {
      socket.write(
        `PUT ${pathname}${search} HTTP/1.1\r\nHost: a\r\nContent-Type: audio/webm\r\nX-Chunk-Start-Ms: 0\r\nX-Chunk-Duration-Ms: 5000\r\nContent-Length: ${body.length}\r\n\r\n`,
      );
      socket.write(body.subarray(0, 200 * 1024), () => socket.destroy());
    });
    // the server may see the request after the client has already gone: wait for it, then for its end
    await vi.waitFor(() => expect(received).toBe(before + 1));
    await allHandled();
    expect(sessionFiles(s.projectId, s.sessionId)).toHaveLength(0);
    expect(await db.mediaChunk.count({ where: { sessionId: s.sessionId } })).toBe(0);
    const retry = await fetch(chunkUrl(s, 2), { method: "PUT", headers: chunkHeaders, body });
    expect(retry.status).toBe(201);
    expect(sessionFiles(s.projectId, s.sessionId)).toHaveLength(1);
  });
});

describe("what the lane serves", () => {
  it("only route() handlers of real route files, with the SDK's declarations, and their preflights", () => {
    for (const lanePath of INGESTION_LANE) {
      expect(fs.existsSync(path.resolve(`app${lanePath.route}/route.ts`)), lanePath.route).toBe(true);
      for (const [method, handler] of Object.entries(lanePath.methods)) {
        if (method === "OPTIONS") expect((handler as { preflight?: boolean }).preflight, lanePath.route).toBe(true);
        else
          expect((handler as unknown as RouteHandler).declaration, `${method} ${lanePath.route}`).toMatchObject({
            auth: "public_key",
            cors: true,
            rateLimited: true,
          });
      }
    }
  });
});

describe("what the lane leaves to Next", () => {
  it("other paths, methods, trailing slashes and encoded segments", async () => {
    const s = await setup();
    for (const [method, p] of [
      ["GET", `/api/sdk/sessions/${s.sessionId}/events`],
      ["POST", `/api/sdk/sessions/${s.sessionId}/events/`],
      ["POST", `/api/sdk/sessions/${s.sessionId}%2F/events`],
      ["POST", `/api/sdk/sessions/${s.sessionId}/end`],
      ["GET", "/api/health"],
      ["GET", "/"],
    ]) {
      const res = await fetch(`${origin}${p}`, { method, ...(method === "POST" ? { body: "{}" } : {}) });
      expect(`${method} ${p} ${res.status} ${await res.text()}`).toBe(`${method} ${p} 418 next`);
    }
  });
});
