// The recording SDK's ingestion API (app/api/sdk/sessions/**) against the real database and the
// real local-disk media storage (DATA_DIR/media of this test file).
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PUT as putChunk, OPTIONS as chunkPreflight } from "@/app/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]/route";
import { POST as endRoute } from "@/app/api/sdk/sessions/[sessionId]/end/route";
import { POST as eventsRoute } from "@/app/api/sdk/sessions/[sessionId]/events/route";
import { POST as gapsRoute } from "@/app/api/sdk/sessions/[sessionId]/gaps/route";
import { POST as identifyRoute } from "@/app/api/sdk/sessions/[sessionId]/identify/route";
import { POST as startRoute } from "@/app/api/sdk/sessions/[sessionId]/start/route";
import { POST as createRoute, OPTIONS as createPreflight } from "@/app/api/sdk/sessions/route";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { env } from "@/lib/env";
import { rateLimiter } from "@/lib/rate-limit/rate-limiter";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const mediaRoot = () => path.resolve(env().DATA_DIR, "media");
afterAll(() => fs.rmSync(path.resolve(env().DATA_DIR), { recursive: true, force: true }));

const SHOP = "https://shop.example.com";

async function setup(opts: { consents?: { recording?: boolean; analytics?: boolean }; status?: "pending" | "active" | "completed" } = {}) {
  const owner = await createOwnerWithProject(db);
  await db.project.update({ where: { id: owner.project.id }, data: { allowedOrigins: [SHOP] } });
  const session = await createSession(db, {
    projectId: owner.project.id,
    status: opts.status ?? "active",
    consents: { recording: true, analytics: true, ...opts.consents },
  });
  return { ...owner, session, key: owner.publicKey };
}

// ───────── media helpers ─────────

const MAGIC = {
  webm: Buffer.from([0x1a, 0x45, 0xdf, 0xa3]),
  ogg: Buffer.from("OggS"),
  mp4: Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypisom")]),
  wav: Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WAVE")]),
};
const media = (container: keyof typeof MAGIC, size = 4096) =>
  Buffer.concat([MAGIC[container], randomBytes(size - MAGIC[container].length)]);

/** A body stream that notes whether anyone read from it, optionally failing after some parts. */
function trackedStream(parts: Buffer[], opts: { failAfter?: number } = {}) {
  const state = { pulled: 0 };
  // highWaterMark 0: the stream is only pulled when someone reads it
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (opts.failAfter !== undefined && state.pulled === opts.failAfter) {
          controller.error(new Error("connection reset by peer"));
          return;
        }
        const part = parts[state.pulled++];
        if (part) controller.enqueue(part);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** size bytes of a container, generated part by part (never one big buffer) */
function generated(container: keyof typeof MAGIC, size: number, partSize = 256 * 1024): Buffer[] {
  const parts: Buffer[] = [];
  for (let done = 0; done < size; done += partSize) {
    const n = Math.min(partSize, size - done);
    parts.push(done === 0 ? Buffer.concat([MAGIC[container], Buffer.alloc(n - MAGIC[container].length)]) : Buffer.alloc(n));
  }
  return parts;
}

async function upload(opts: {
  key?: string;
  sessionId: string;
  kind?: string;
  index?: string | number;
  body?: Buffer | ReadableStream<Uint8Array> | null;
  contentType?: string | null;
  contentLength?: number | null;
  headers?: Record<string, string>;
}) {
  const kind = opts.kind ?? "audio";
  const index = String(opts.index ?? 0);
  const headers = new Headers(opts.headers);
  const contentType =
    opts.contentType === undefined ? (kind === "screen" ? "video/webm;codecs=vp8" : "audio/webm;codecs=opus") : opts.contentType;
  if (contentType !== null) headers.set("content-type", contentType);
  const body = opts.body === undefined ? media("webm") : opts.body;
  if (opts.contentLength !== null) {
    const length = opts.contentLength ?? (Buffer.isBuffer(body) ? body.length : undefined);
    if (length !== undefined) headers.set("content-length", String(length));
  }
  const url = `http://localhost:3000/api/sdk/sessions/${opts.sessionId}/chunks/${kind}/${index}${opts.key ? `?key=${opts.key}` : ""}`;
  const req = new Request(url, { method: "PUT", headers, body, duplex: "half" } as RequestInit);
  const res = await putChunk(req, { params: Promise.resolve({ sessionId: opts.sessionId, kind, index }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}
const sessionFiles = (projectId: string, sessionId: string) =>
  filesUnder(path.join(mediaRoot(), "projects", projectId, "sessions", sessionId));

// ───────── event helpers ─────────

let eventCounter = 0;
const event = (type = "click", extra: Record<string, unknown> = {}) => ({
  id: `ev-${eventCounter++}-${randomUUID().slice(0, 8)}`,
  type,
  offsetMs: 1000 + eventCounter,
  url: "https://shop.example.com/checkout",
  data: { selector: "main > button.buy" },
  ...extra,
});

function postEvents(opts: {
  key?: string;
  sessionId: string;
  body?: unknown;
  raw?: string | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}) {
  const headers = new Headers({ "content-type": "application/json", ...opts.headers });
  const body = opts.raw ?? JSON.stringify(opts.body);
  if (typeof body === "string" && !headers.has("content-length")) headers.set("content-length", String(Buffer.byteLength(body)));
  const url = `http://localhost:3000/api/sdk/sessions/${opts.sessionId}/events${opts.key ? `?key=${opts.key}` : ""}`;
  const req = new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return eventsRoute(req, { params: Promise.resolve({ sessionId: opts.sessionId }) }).then(async (res) => {
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
  });
}

const sdk = (key: string, sessionId: string, route: string) => ({
  path: `/api/sdk/sessions/${sessionId}/${route}?key=${key}`,
  params: { sessionId },
});

// ═════════ POST /api/sdk/sessions ═════════

describe("POST /api/sdk/sessions", () => {
  it("creates a pending async session with the consents given on the site", async () => {
    const { key, project } = await setup();
    const res = await callRoute(createRoute, {
      method: "POST",
      path: `/api/sdk/sessions?key=${key}`,
      body: { consent: { recording: true, analytics: false }, externalId: "customer-42" },
      headers: { origin: SHOP, "user-agent": "Mozilla/5.0 test" },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(["sessionId"]);
    expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
    const session = await db.session.findUniqueOrThrow({ where: { id: res.json.sessionId } });
    expect(session).toMatchObject({
      projectId: project.id,
      status: "pending",
      mode: "async",
      consentRecording: true,
      consentAnalytics: false,
      externalId: "customer-42",
      userAgent: "Mozilla/5.0 test",
    });
  });

  it("requires both consents, refuses unknown fields, and creates nothing on bad input", async () => {
    const { key, project } = await setup();
    for (const body of [{}, { consent: { recording: true } }, { consent: { recording: true, analytics: true }, status: "completed" }]) {
      const res = await callRoute(createRoute, { method: "POST", path: `/api/sdk/sessions?key=${key}`, body });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
    }
    expect(await db.session.count({ where: { projectId: project.id } })).toBe(1); // the one from setup()
  });

  it("401 without a valid key, 403 from an origin the project does not allow", async () => {
    const { key } = await setup();
    const body = { consent: { recording: true, analytics: true } };
    expect((await callRoute(createRoute, { method: "POST", path: "/api/sdk/sessions", body })).status).toBe(401);
    expect((await callRoute(createRoute, { method: "POST", path: "/api/sdk/sessions?key=ut_pub_nope", body })).status).toBe(401);
    const denied = await callRoute(createRoute, {
      method: "POST",
      path: `/api/sdk/sessions?key=${key}`,
      body,
      headers: { origin: "https://evil.example" },
    });
    expect(denied.status).toBe(403);
    expect(denied.json.error.message).toContain("https://evil.example is not allowed");
  });

  it("limits session creation per IP (429 with Retry-After)", async () => {
    const { key } = await setup();
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    await rateLimiter().consume("sessionCreatePerIp", ip, LIMITS.sessionCreatePerIp.points);
    const res = await callRoute(createRoute, {
      method: "POST",
      path: `/api/sdk/sessions?key=${key}`,
      body: { consent: { recording: true, analytics: true } },
      headers: { "x-forwarded-for": ip },
    });
    expect(res.status).toBe(429);
    expect(res.json.error.code).toBe("rate_limited");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers preflights for the SDK's headers", async () => {
    const res = await createPreflight(
      new Request("http://localhost:3000/api/sdk/sessions", { method: "OPTIONS", headers: { origin: SHOP } }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
    const chunk = await chunkPreflight(
      new Request("http://localhost:3000/api/sdk/sessions/x/chunks/audio/0", { method: "OPTIONS", headers: { origin: SHOP } }),
    );
    expect(chunk.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(chunk.headers.get("access-control-allow-headers")).toContain("x-chunk-start-ms");
  });
});

// ═════════ start / end / identify ═════════

describe("start, end and identify", () => {
  it("start is idempotent and tells the SDK where to resume", async () => {
    const { key, session } = await setup({ status: "pending" });
    const first = await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start") });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      sessionId: session.id,
      status: "active",
      consent: { recording: true, analytics: true },
      nextChunkIndex: { audio: 0, screen: 0 },
    });
    expect((await upload({ key, sessionId: session.id, index: 4 })).status).toBe(201);
    const again = await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start") });
    expect(again.json.startedAt).toBe(first.json.startedAt);
    expect(again.json.nextChunkIndex).toEqual({ audio: 5, screen: 0 });
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "started" } })).toBe(1);
  });

  it("end completes the session once, queues processing once, and then refuses new events and chunks with 409", async () => {
    const { key, session } = await setup();
    expect((await upload({ key, sessionId: session.id, index: 0 })).status).toBe(201);
    const end = await callRoute(endRoute, { method: "POST", ...sdk(key, session.id, "end") });
    expect(end.status).toBe(200);
    expect(end.json).toMatchObject({ sessionId: session.id, status: "completed" });
    const again = await callRoute(endRoute, { method: "POST", ...sdk(key, session.id, "end") });
    expect(again.status).toBe(200);
    expect(again.json.status).toBe("completed");
    const outbox = await db.outboxEvent.findMany({ where: { name: "session/completed" } });
    expect(outbox.filter((o) => (o.payload as { sessionId: string }).sessionId === session.id)).toHaveLength(1);

    const events = await postEvents({ key, sessionId: session.id, body: { events: [event()] } });
    expect(events.status).toBe(409);
    expect(events.json.error).toMatchObject({ code: "conflict", details: { reason: "session_ended" } });
    const chunk = await upload({ key, sessionId: session.id, index: 1 });
    expect(chunk.status).toBe(409);
    // a retried upload of a chunk stored before the end still gets its answer
    expect((await upload({ key, sessionId: session.id, index: 0 })).status).toBe(200);
    expect((await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start") })).status).toBe(409);
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("identify attaches the site's user id", async () => {
    const { key, session } = await setup();
    const res = await callRoute(identifyRoute, {
      method: "POST",
      ...sdk(key, session.id, "identify"),
      body: { externalId: "user-7", name: "Ada", email: "Ada@Example.com" },
    });
    expect(res.status).toBe(200);
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      externalId: "user-7",
      participantName: "Ada",
      participantEmail: "ada@example.com",
    });
  });

  it("another project's session, or an unknown one, is 404 on every route", async () => {
    const { key } = await setup();
    const other = await setup();
    for (const sessionId of [other.session.id, "c_does_not_exist"]) {
      for (const [handler, name, body] of [
        [startRoute, "start", undefined],
        [endRoute, "end", undefined],
        [identifyRoute, "identify", { externalId: "x" }],
        [gapsRoute, "gaps", { kind: "audio", fromIndex: 0, toIndex: 0, reason: "upload_failed" }],
      ] as const) {
        const res = await callRoute(handler, { method: "POST", ...sdk(key, sessionId, name), body });
        expect(res.status, name).toBe(404);
        expect(res.json.error).toEqual({ code: "not_found", message: "Session not found" });
      }
      expect((await postEvents({ key, sessionId, body: { events: [event()] } })).status).toBe(404);
      expect((await upload({ key, sessionId })).status).toBe(404);
    }
    expect(await db.session.findUniqueOrThrow({ where: { id: other.session.id } })).toMatchObject({ status: "active", externalId: null });
  });
});

// ═════════ events ═════════

describe("POST …/events", () => {
  it("stores a batch once: a retried batch is acknowledged as duplicates", async () => {
    const { key, session } = await setup();
    const batch = {
      events: [event("navigation", { data: { from: null, to: "/checkout" } }), event("click"), event("scroll", { data: { y: 300 } })],
    };
    const first = await postEvents({ key, sessionId: session.id, body: batch });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ accepted: 3, duplicates: 0 });
    const retry = await postEvents({ key, sessionId: session.id, body: batch });
    expect(retry.json).toEqual({ accepted: 0, duplicates: 3 });
    const overlap = await postEvents({
      key,
      sessionId: session.id,
      body: { events: [batch.events[0], event("marker", { data: { name: "paid" } })] },
    });
    expect(overlap.json).toEqual({ accepted: 1, duplicates: 1 });
    const rows = await db.sessionEvent.findMany({ where: { sessionId: session.id }, orderBy: { offsetMs: "asc" } });
    expect(rows.map((r) => r.type)).toEqual(["navigation", "click", "scroll", "marker"]);
    expect(rows[0]).toMatchObject({
      clientEventId: batch.events[0].id,
      url: "https://shop.example.com/checkout",
      data: { from: null, to: "/checkout" },
    });
  });

  it("keeps data exactly (quotes, backslashes, unicode, nesting) and counts an id repeated within a batch once", async () => {
    const { key, session } = await setup();
    const data = { text: 'quote " backslash \\ snowman ☃ emoji 😀', nested: { list: [1, null, true, "x"], empty: {} } };
    const tricky = event("custom", { data, url: undefined });
    const res = await postEvents({ key, sessionId: session.id, body: { events: [tricky, { ...tricky, offsetMs: 99 }] } });
    expect(res.json).toEqual({ accepted: 1, duplicates: 1 });
    const row = await db.sessionEvent.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(row).toMatchObject({ clientEventId: tricky.id, type: "custom", url: null, data });
    expect(row.id).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("accepts a sendBeacon body (text/plain) with the key in the query string", async () => {
    const { key, session } = await setup();
    const res = await postEvents({
      key,
      sessionId: session.id,
      body: { events: [event()] },
      headers: { "content-type": "text/plain;charset=UTF-8" },
    });
    expect(res.json).toEqual({ accepted: 1, duplicates: 0 });
  });

  it("refuses event types clients may not write, values of inputs, and malformed events (400, nothing stored)", async () => {
    const { key, session } = await setup();
    const bad: [string, unknown][] = [
      ["events.0.type", { events: [event("processing_started")] }],
      ["events.1.type", { events: [event(), event("system")] }],
      ["events.0.data.value", { events: [event("input_change", { data: { selector: "#email", value: "secret@example.com" } })] }],
      ["events.0.id", { events: [event("click", { id: "x".repeat(65) })] }],
      ["events.0.id", { events: [event("click", { id: "" })] }],
      ["events.0.offsetMs", { events: [event("click", { offsetMs: -1 })] }],
      ["events.0.offsetMs", { events: [event("click", { offsetMs: 1.5 })] }],
      ["events.0.data", { events: [event("custom", { data: { blob: "x".repeat(9000) } })] }],
      // (NUL inside event data is stored as U+FFFD since ADR 012: tests/api/untrusted-text.test.ts)
      ["events.0.url", { events: [event("click", { url: "u".repeat(2049) })] }],
      ["events.0", { events: [event("click", { sessionId: "other" })] }],
      ["events", { events: [] }],
      ["events", {}],
    ];
    for (const [field, body] of bad) {
      const res = await postEvents({ key, sessionId: session.id, body });
      expect(res.status, field).toBe(400);
      expect(res.json.error.code).toBe("validation_failed");
      expect(Object.keys(res.json.error.details.fields), field).toContain(field);
    }
    expect(await db.sessionEvent.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("400 for invalid JSON, 415 for other content types", async () => {
    const { key, session } = await setup();
    expect((await postEvents({ key, sessionId: session.id, raw: "{not json" })).status).toBe(400);
    const xml = await postEvents({ key, sessionId: session.id, raw: "<events/>", headers: { "content-type": "application/xml" } });
    expect(xml.status).toBe(415);
  });

  it("413 for more than 500 events", async () => {
    const { key, session } = await setup();
    const res = await postEvents({
      key,
      sessionId: session.id,
      body: { events: Array.from({ length: 501 }, () => ({ ...event(), data: undefined, url: undefined })) },
    });
    expect(res.status).toBe(413);
    expect(res.json.error.details).toEqual({ maxEvents: 500 });
    const ok = await postEvents({
      key,
      sessionId: session.id,
      body: { events: Array.from({ length: 500 }, () => ({ ...event(), data: undefined, url: undefined })) },
    });
    expect(ok.json).toEqual({ accepted: 500, duplicates: 0 });
  });

  it("413 from Content-Length before reading, and while reading a body without one or longer than it claims", async () => {
    const { key, session } = await setup();
    const big = Buffer.from(JSON.stringify({ events: [event("custom", { data: { pad: "p".repeat(300 * 1024) } })] }));

    const unread = trackedStream([big]);
    const declared = await postEvents({
      key,
      sessionId: session.id,
      raw: unread.stream,
      headers: { "content-length": String(big.length) },
    });
    expect(declared.status).toBe(413);
    expect(unread.state.pulled).toBe(0);

    const chunked = await postEvents({
      key,
      sessionId: session.id,
      raw: trackedStream([big.subarray(0, 200_000), big.subarray(200_000)]).stream,
    });
    expect(chunked.status).toBe(413);

    const liar = await postEvents({
      key,
      sessionId: session.id,
      raw: trackedStream([big.subarray(0, 1000)]).stream,
      headers: { "content-length": "100" },
    });
    expect(liar.status).toBe(413);
    expect(await db.sessionEvent.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("without analytics consent: behaviour events are refused with 403, markers are stored", async () => {
    const { key, session } = await setup({ consents: { analytics: false } });
    const refused = await postEvents({ key, sessionId: session.id, body: { events: [event("marker"), event("click"), event("error")] } });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({
      code: "forbidden",
      details: { reason: "analytics_consent_required", refusedTypes: ["click", "error"] },
    });
    expect(await db.sessionEvent.count({ where: { sessionId: session.id } })).toBe(0);
    const markers = await postEvents({ key, sessionId: session.id, body: { events: [event("marker", { data: { name: "question_3" } })] } });
    expect(markers.json).toEqual({ accepted: 1, duplicates: 0 });
  });

  it("auth and CORS: 401 bad key, 403 foreign origin, CORS headers for allowed origins", async () => {
    const { key, session } = await setup();
    expect((await postEvents({ sessionId: session.id, body: { events: [event()] } })).status).toBe(401);
    const denied = await postEvents({
      key,
      sessionId: session.id,
      body: { events: [event()] },
      headers: { origin: "https://evil.example" },
    });
    expect(denied.status).toBe(403);
    const allowed = await postEvents({ key, sessionId: session.id, body: { events: [event()] }, headers: { origin: SHOP } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SHOP);
    expect(await db.sessionEvent.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("429 once the session's batches for the minute are used up", async () => {
    const { key, session } = await setup();
    await rateLimiter().consume("eventBatchesPerSession", session.id, 120);
    const res = await postEvents({ key, sessionId: session.id, body: { events: [event()] } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.sessionEvent.count({ where: { sessionId: session.id } })).toBe(0);
  });
});

// ═════════ chunks ═════════

describe("PUT …/chunks/:kind/:index", () => {
  it("stores an audio chunk under its key, with its real type, size and timing", async () => {
    const { key, session, project } = await setup();
    const bytes = media("webm", 50_000);
    const res = await upload({
      key,
      sessionId: session.id,
      index: 7,
      body: bytes,
      headers: { "x-chunk-start-ms": "35000", "x-chunk-duration-ms": "5000" },
    });
    expect(res.status).toBe(201);
    expect(res.json.chunk).toMatchObject({
      kind: "audio",
      index: 7,
      sizeBytes: 50_000,
      mimeType: "audio/webm;codecs=opus",
      startOffsetMs: 35000,
      durationMs: 5000,
    });
    const row = await db.mediaChunk.findUniqueOrThrow({ where: { id: res.json.chunk.id } });
    expect(row.storageKey).toBe(`projects/${project.id}/sessions/${session.id}/audio/000007.webm`);
    expect(row.transcriptStatus).toBe("pending");
    expect(fs.readFileSync(path.join(mediaRoot(), row.storageKey)).equals(bytes)).toBe(true);
  });

  it("accepts each supported container for its kind", async () => {
    const { key, session } = await setup();
    const cases: [string, string, keyof typeof MAGIC, string][] = [
      ["audio", "audio/ogg; codecs=opus", "ogg", "audio/ogg;codecs=opus"],
      ["audio", "audio/mp4", "mp4", "audio/mp4"],
      ["audio", "audio/wav", "wav", "audio/wav"],
      ["audio", 'AUDIO/WEBM; codecs="opus"', "webm", "audio/webm;codecs=opus"],
      ["screen", "video/webm;codecs=vp9,opus", "webm", "video/webm;codecs=vp9,opus"],
      ["screen", "video/mp4", "mp4", "video/mp4"],
    ];
    for (const [i, [kind, contentType, container, stored]] of cases.entries()) {
      const res = await upload({ key, sessionId: session.id, kind, index: i, contentType, body: media(container) });
      expect(res.status, contentType).toBe(201);
      expect(res.json.chunk.mimeType).toBe(stored);
    }
  });

  it("a retried upload returns the stored chunk (200) without reading or storing anything", async () => {
    const { key, session, project } = await setup();
    const first = await upload({ key, sessionId: session.id, index: 0 });
    expect(first.status).toBe(201);
    const retry = trackedStream([media("webm")]);
    const again = await upload({ key, sessionId: session.id, index: 0, body: retry.stream, contentLength: 4096 });
    expect(again.status).toBe(200);
    expect(again.json.chunk).toEqual(first.json.chunk);
    expect(retry.state.pulled).toBe(0);
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(1);
    expect(sessionFiles(project.id, session.id)).toHaveLength(1);
  });

  it("concurrent uploads of the same chunk: one row, one file, every request answered with it", async () => {
    const { key, session, project } = await setup();
    const bytes = media("webm", 200_000);
    const results = await Promise.all(Array.from({ length: 6 }, () => upload({ key, sessionId: session.id, index: 3, body: bytes })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.json.chunk.id)).size).toBe(1);
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(1);
    const files = sessionFiles(project.id, session.id);
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(files[0]).equals(bytes)).toBe(true);
  });

  it("415 for a type that is not audio/video of the right kind, or bytes that are not the declared container", async () => {
    const { key, session, project } = await setup();
    const refusedTypes: [string, string | null][] = [
      ["audio", "text/plain"],
      ["audio", "application/octet-stream"],
      ["audio", null],
      ["audio", "video/webm"],
      ["screen", "audio/webm"],
      ["audio", "audio/webm;codecs=<script>"],
      ["audio", "audio/mpeg"],
    ];
    for (const [kind, contentType] of refusedTypes) {
      const res = await upload({ key, sessionId: session.id, kind, contentType });
      expect(res.status, String(contentType)).toBe(415);
      expect(res.json.error.code).toBe("unsupported_media_type");
    }
    const sniffed: [string, Buffer][] = [
      ["audio/webm", media("ogg")],
      ["audio/ogg", media("webm")],
      ["audio/mp4", randomBytes(4096)],
      ["audio/wav", Buffer.concat([Buffer.from("RIFF0000AVI "), randomBytes(100)])],
      ["audio/webm", Buffer.from([0x1a, 0x45])],
    ];
    for (const [contentType, body] of sniffed) {
      const res = await upload({ key, sessionId: session.id, contentType, body });
      expect(res.status, contentType).toBe(415);
      expect(res.json.error.message).toContain("are not");
    }
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
    expect(sessionFiles(project.id, session.id)).toEqual([]);
  });

  it("413 from Content-Length before reading: audio over 10 MB, screen over 25 MB", async () => {
    const { key, session } = await setup();
    for (const [kind, size] of [
      ["audio", 10 * 1024 * 1024 + 1],
      ["screen", 25 * 1024 * 1024 + 1],
    ] as const) {
      const body = trackedStream([media("webm")]);
      const res = await upload({ key, sessionId: session.id, kind, body: body.stream, contentLength: size });
      expect(res.status, kind).toBe(413);
      expect(body.state.pulled).toBe(0);
    }
  });

  it("a screen chunk may be larger than the audio limit", async () => {
    const { key, session } = await setup();
    const parts = generated("webm", 11 * 1024 * 1024);
    const res = await upload({
      key,
      sessionId: session.id,
      kind: "screen",
      body: trackedStream(parts).stream,
      contentLength: 11 * 1024 * 1024,
    });
    expect(res.status).toBe(201);
    expect(res.json.chunk.sizeBytes).toBe(11 * 1024 * 1024);
  });

  it("413 while streaming: no Content-Length and over the limit, or longer than its Content-Length — no row, no file", async () => {
    const { key, session, project } = await setup();
    const noLength = await upload({
      key,
      sessionId: session.id,
      index: 0,
      body: trackedStream(generated("webm", 10 * 1024 * 1024 + 300_000)).stream,
      contentLength: null,
    });
    expect(noLength.status).toBe(413);
    const liar = await upload({
      key,
      sessionId: session.id,
      index: 1,
      body: trackedStream(generated("webm", 600_000)).stream,
      contentLength: 300_000,
    });
    expect(liar.status).toBe(413);
    const short = await upload({
      key,
      sessionId: session.id,
      index: 2,
      body: trackedStream(generated("webm", 100_000)).stream,
      contentLength: 300_000,
    });
    expect(short.status).toBe(400);
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
    expect(sessionFiles(project.id, session.id)).toEqual([]);
    // a body without Content-Length under the limit is fine
    const ok = await upload({
      key,
      sessionId: session.id,
      index: 3,
      body: trackedStream(generated("webm", 500_000)).stream,
      contentLength: null,
    });
    expect(ok.status).toBe(201);
    expect(ok.json.chunk.sizeBytes).toBe(500_000);
  });

  it("an upload that fails mid-stream leaves no row and no partial file, and can be retried", async () => {
    const { key, session, project } = await setup();
    const res = await upload({
      key,
      sessionId: session.id,
      body: trackedStream(generated("webm", 1_000_000), { failAfter: 2 }).stream,
      contentLength: 1_000_000,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain("interrupted");
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
    expect(sessionFiles(project.id, session.id)).toEqual([]);
    expect((await upload({ key, sessionId: session.id, body: media("webm") })).status).toBe(201);
  });

  it("a session that ends while a chunk is streaming in gets no row and keeps no file (409)", async () => {
    const { key, session, project } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const parts = generated("webm", 600_000);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (sent === 1) await gate; // the upload stalls after its first part…
          if (sent < parts.length) controller.enqueue(parts[sent++]);
          else controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const uploading = upload({ key, sessionId: session.id, body, contentLength: 600_000 });
    await expect.poll(() => sent).toBe(1); // the body is being read: every check before it has passed
    // …while the participant ends the session
    expect((await callRoute(endRoute, { method: "POST", ...sdk(key, session.id, "end") })).status).toBe(200);
    release();
    const res = await uploading;
    expect(res.status).toBe(409);
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
    expect(sessionFiles(project.id, session.id)).toEqual([]);
  });

  it("400 for an empty body, a bad kind or index, or malformed timing headers", async () => {
    const { key, session } = await setup();
    expect((await upload({ key, sessionId: session.id, body: Buffer.alloc(0) })).status).toBe(400);
    expect((await upload({ key, sessionId: session.id, kind: "video" })).status).toBe(400);
    for (const index of ["-1", "1.5", "abc", "1234567"])
      expect((await upload({ key, sessionId: session.id, index })).status, index).toBe(400);
    const timing = await upload({ key, sessionId: session.id, headers: { "x-chunk-start-ms": "-5" } });
    expect(timing.status).toBe(400);
    expect(timing.json.error.details.fields).toHaveProperty("x-chunk-start-ms");
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("403 without recording consent: nothing is stored", async () => {
    const { key, session, project } = await setup({ consents: { recording: false } });
    const res = await upload({ key, sessionId: session.id });
    expect(res.status).toBe(403);
    expect(res.json.error.details).toEqual({ reason: "recording_consent_required" });
    expect(sessionFiles(project.id, session.id)).toEqual([]);
  });

  it("auth, CORS and rate limit: 401, 403 for a foreign origin, 429 past the session's uploads per minute", async () => {
    const { key, session } = await setup();
    expect((await upload({ sessionId: session.id })).status).toBe(401);
    expect((await upload({ key: "ut_pub_revoked", sessionId: session.id })).status).toBe(401);
    expect((await upload({ key, sessionId: session.id, headers: { origin: "https://evil.example" } })).status).toBe(403);
    const allowed = await upload({ key, sessionId: session.id, headers: { origin: SHOP } });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SHOP);
    await rateLimiter().consume("uploadsPerSession", session.id, 119);
    const limited = await upload({ key, sessionId: session.id, index: 1 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeTruthy();
  });
});

// ═════════ audio spans (ADR 010) ═════════

describe("audio spans: a MediaRecorder run uploaded as timeslices", () => {
  // a continuation timeslice has no container header: it starts in the middle of the recording
  const continuation = (size = 3000) => Buffer.concat([Buffer.from([0x41, 0x27, 0x81, 0x03]), randomBytes(size - 4)]);
  const part = (spanStart: number, extra: Record<string, string> = {}) => ({ "x-span-start-index": String(spanStart), ...extra });

  it("stores a span's first chunk (with the header) and its continuations (without), with span and level", async () => {
    const { key, session, project } = await setup();
    const first = await upload({
      key,
      sessionId: session.id,
      index: 12,
      headers: part(12, { "x-chunk-level-db": "-23.5", "x-chunk-start-ms": "60000" }),
    });
    expect(first.status).toBe(201);
    expect(first.json.chunk).toMatchObject({ index: 12, spanStartIndex: 12, levelDb: -23.5, startOffsetMs: 60000 });
    const parts = [continuation(), continuation(5000)];
    for (const [i, body] of parts.entries()) {
      const res = await upload({ key, sessionId: session.id, index: 13 + i, body, headers: part(12, { "x-chunk-level-db": "-71" }) });
      expect(res.status).toBe(201);
      expect(res.json.chunk).toMatchObject({ index: 13 + i, spanStartIndex: 12, levelDb: -71, sizeBytes: body.length });
    }
    const rows = await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } });
    expect(rows.map((r) => [r.chunkIndex, r.spanStartIndex, r.transcriptStatus])).toEqual([
      [12, 12, "pending"],
      [13, 12, "pending"],
      [14, 12, "pending"],
    ]);
    expect(fs.readFileSync(path.join(mediaRoot(), rows[2].storageKey)).equals(parts[1])).toBe(true);
    // a retried continuation is answered with the stored chunk
    const retry = await upload({ key, sessionId: session.id, index: 13, body: continuation(), headers: part(12) });
    expect(retry.status).toBe(200);
    expect(retry.json.chunk.sizeBytes).toBe(parts[0].length);
    expect(sessionFiles(project.id, session.id)).toHaveLength(3);
    // a chunk without span headers is still a self-contained segment (older SDKs)
    const plain = await upload({ key, sessionId: session.id, index: 20 });
    expect(plain.json.chunk).toMatchObject({ spanStartIndex: null, levelDb: null });
  });

  it("a continuation is refused unless its span's first chunk is stored, began a span and has the same type", async () => {
    const { key, session, project } = await setup();
    // the span's start was never stored (lost, refused): nothing to join it to
    const orphan = await upload({ key, sessionId: session.id, index: 3, body: continuation(), headers: part(2) });
    expect(orphan.status).toBe(422);
    expect(orphan.json.error.details).toEqual({ reason: "span_start_missing" });
    // chunk 5 is a self-contained segment, not the start of a span
    expect((await upload({ key, sessionId: session.id, index: 5 })).status).toBe(201);
    expect((await upload({ key, sessionId: session.id, index: 6, body: continuation(), headers: part(5) })).status).toBe(422);
    // a span of audio/webm cannot go on as audio/ogg
    expect((await upload({ key, sessionId: session.id, index: 8, headers: part(8) })).status).toBe(201);
    const otherType = await upload({
      key,
      sessionId: session.id,
      index: 9,
      body: continuation(),
      contentType: "audio/ogg",
      headers: part(8),
    });
    expect(otherType.status).toBe(415);
    // the first chunk of a span must still be the container it claims
    expect((await upload({ key, sessionId: session.id, index: 10, body: continuation(), headers: part(10) })).status).toBe(415);
    expect(
      (await db.mediaChunk.findMany({ where: { sessionId: session.id }, orderBy: { chunkIndex: "asc" } })).map((c) => c.chunkIndex),
    ).toEqual([5, 8]);
    expect(sessionFiles(project.id, session.id)).toHaveLength(2);
  });

  it("400 for a span header on a screen chunk, a span starting after its chunk or longer than 64 chunks, and a malformed level", async () => {
    const { key, session } = await setup();
    expect((await upload({ key, sessionId: session.id, kind: "screen", index: 1, headers: part(0) })).status).toBe(400);
    expect((await upload({ key, sessionId: session.id, index: 1, headers: part(2) })).status).toBe(400);
    const long = await upload({ key, sessionId: session.id, index: 70, body: continuation(), headers: part(6) });
    expect(long.status).toBe(400);
    expect(long.json.error.details).toEqual({ maxChunks: 64 });
    for (const level of ["loud", "5", "-101", "-1e3", ""]) {
      const res = await upload({ key, sessionId: session.id, index: 1, headers: { "x-chunk-level-db": level } });
      expect(res.status, level).toBe(400);
    }
    for (const spanStart of ["-1", "x", "1.5"])
      expect((await upload({ key, sessionId: session.id, index: 1, headers: part(0, { "x-span-start-index": spanStart }) })).status).toBe(
        400,
      );
    expect(await db.mediaChunk.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("a continuation after the end is 409 like any chunk; one stored before the end is still answered", async () => {
    const { key, session } = await setup();
    expect((await upload({ key, sessionId: session.id, index: 0, headers: part(0) })).status).toBe(201);
    expect((await upload({ key, sessionId: session.id, index: 1, body: continuation(), headers: part(0) })).status).toBe(201);
    expect((await callRoute(endRoute, { method: "POST", ...sdk(key, session.id, "end") })).status).toBe(200);
    expect((await upload({ key, sessionId: session.id, index: 2, body: continuation(), headers: part(0) })).status).toBe(409);
    expect((await upload({ key, sessionId: session.id, index: 1, body: continuation(), headers: part(0) })).status).toBe(200);
  });

  it("the preflight allows the span and level headers", async () => {
    const res = await chunkPreflight(
      new Request("http://localhost:3000/api/sdk/sessions/x/chunks/audio/0", { method: "OPTIONS", headers: { origin: SHOP } }),
    );
    expect(res.headers.get("access-control-allow-headers")).toContain("x-span-start-index");
    expect(res.headers.get("access-control-allow-headers")).toContain("x-chunk-level-db");
  });
});

describe("the session's language", () => {
  it("start keeps the browser's primary language subtag, once; create may carry it too", async () => {
    const { key, session } = await setup({ status: "pending" });
    const started = await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start"), body: { language: "pt-BR" } });
    expect(started.status).toBe(200);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).language).toBe("pt");
    // a later start (a reload on a browser set to another language) does not change it
    expect((await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start"), body: { language: "en-US" } })).status).toBe(
      200,
    );
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).language).toBe("pt");

    const createdRes = await callRoute(createRoute, {
      method: "POST",
      path: `/api/sdk/sessions?key=${key}`,
      body: { consent: { recording: true, analytics: true }, language: "ES" },
    });
    expect(createdRes.status).toBe(201);
    expect((await db.session.findUniqueOrThrow({ where: { id: createdRes.json.sessionId } })).language).toBe("es");
  });

  it("400 for something that is not a language tag; a start without a body leaves the language unset", async () => {
    const { key, session } = await setup({ status: "pending" });
    for (const language of ["english please", "e", "en_US", 42]) {
      const res = await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start"), body: { language } });
      expect(res.status, String(language)).toBe(400);
    }
    expect((await callRoute(startRoute, { method: "POST", ...sdk(key, session.id, "start") })).status).toBe(200);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).language).toBeNull();
  });
});

// ═════════ gaps ═════════

describe("POST …/gaps", () => {
  it("records a recording_gap activity once per report, also after the session ended", async () => {
    const { key, session } = await setup();
    const gap = { kind: "audio", fromIndex: 3, toIndex: 5, reason: "upload_failed", detail: "offline for 40 s" };
    const first = await callRoute(gapsRoute, { method: "POST", ...sdk(key, session.id, "gaps"), body: gap });
    expect(first.status).toBe(201);
    expect(first.json.gap).toMatchObject({
      kind: "audio",
      fromIndex: 3,
      toIndex: 5,
      reason: "upload_failed",
      message: "audio chunks 3–5 not delivered: upload_failed",
    });
    expect((await callRoute(gapsRoute, { method: "POST", ...sdk(key, session.id, "gaps"), body: gap })).status).toBe(200);
    await callRoute(endRoute, { method: "POST", ...sdk(key, session.id, "end") });
    const late = await callRoute(gapsRoute, {
      method: "POST",
      ...sdk(key, session.id, "gaps"),
      body: { kind: "screen", fromIndex: 9, toIndex: 9, reason: "session_ended" },
    });
    expect(late.status).toBe(201);
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "recording_gap" } })).toBe(2);
  });

  it("validates the report", async () => {
    const { key, session } = await setup();
    for (const body of [
      { kind: "audio", fromIndex: 5, toIndex: 3, reason: "upload_failed" },
      { kind: "video", fromIndex: 0, toIndex: 0, reason: "upload_failed" },
      { kind: "audio", fromIndex: 0, toIndex: 0, reason: "because" },
      { kind: "audio", fromIndex: -1, toIndex: 0, reason: "upload_failed" },
    ]) {
      expect((await callRoute(gapsRoute, { method: "POST", ...sdk(key, session.id, "gaps"), body })).status).toBe(400);
    }
    expect(await db.sessionActivity.count({ where: { sessionId: session.id, kind: "recording_gap" } })).toBe(0);
  });
});
