// Fuzz: the recording SDK's ingestion API (create, start, identify, events, gaps, chunks, end, the
// session view) with hostile path ids, keys, origins, content types and bodies, against sessions in
// every state. Every answer is a 2xx or a documented 4xx, and a 4xx stores nothing.
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { CLIENT_EVENT_TYPES, GAP_REASONS } from "@/lib/recordings/schemas";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { type Call, callAndCheck, freshIp } from "./answer-checks";
import { fuzzRuns, PROPERTY_TIMEOUT } from "./fuzz-settings";
import {
  body,
  contentType,
  extraQuery,
  field,
  headerValue,
  hostileJson,
  hostileNumber,
  hostileText,
  idFor,
  pathId,
  plainId,
} from "./hostile-input";

// per-address limits key on the client address: one hop (the test's X-Forwarded-For) is believed,
// so each request can come from its own address and the fuzz is not cut short by 429s
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXIES: "1" }));

const create = await import("@/app/api/sdk/sessions/route");
const view = await import("@/app/api/sdk/sessions/[sessionId]/route");
const start = await import("@/app/api/sdk/sessions/[sessionId]/start/route");
const identify = await import("@/app/api/sdk/sessions/[sessionId]/identify/route");
const events = await import("@/app/api/sdk/sessions/[sessionId]/events/route");
const gaps = await import("@/app/api/sdk/sessions/[sessionId]/gaps/route");
const chunks = await import("@/app/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]/route");
const end = await import("@/app/api/sdk/sessions/[sessionId]/end/route");

const SHOP = "https://shop.example.com";
let owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
beforeAll(async () => {
  owner = await createOwnerWithProject(db);
  await db.project.update({ where: { id: owner.project.id }, data: { allowedOrigins: [SHOP] } });
});
afterAll(() => fs.rmSync(path.resolve(env().DATA_DIR), { recursive: true, force: true }));

/** Who calls: the project's public key (as ?key= or header) mostly, else none, a wrong one, a secret-looking one. */
const caller = fc.record({
  key: fc.oneof(
    { weight: 12, arbitrary: fc.constant("valid") },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "", "ut_pub_nope", "ut_sec_nope", "ut_pub_\u0000", "\uD800") },
  ),
  viaHeader: fc.boolean(),
  origin: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(undefined, SHOP, "http://localhost:3000") },
    { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null") },
  ),
});

const state = fc.record({
  status: fc.constantFrom("pending", "active", "active", "active", "completed", "abandoned") as fc.Arbitrary<
    "pending" | "active" | "completed" | "abandoned"
  >,
  recording: fc.boolean(),
  analytics: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

type Caller = { key?: string; viaHeader: boolean; origin?: string };

async function sessionCall(
  c: Caller,
  s: { status: "pending" | "active" | "completed" | "abandoned"; recording: boolean; analytics: boolean },
) {
  const session = await createSession(db, {
    projectId: owner.project.id,
    status: s.status,
    consents: { recording: s.recording, analytics: s.analytics },
  });
  const key = c.key === "valid" ? owner.publicKey : c.key;
  const query: [string, string][] = key !== undefined && !(c.viaHeader && key === owner.publicKey) ? [["key", key]] : [];
  const headers: Record<string, string | undefined> = { "x-forwarded-for": freshIp(), origin: c.origin };
  if (c.viaHeader && key === owner.publicKey) headers["x-usertests-key"] = key;
  return { session, query, headers };
}

const language = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("en", "pt-BR", "zh-Hant-TW") },
  { weight: 1, arbitrary: fc.constantFrom("x", "en_US", "a".repeat(40)) },
  { weight: 1, arbitrary: hostileText },
);
const email = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("ana@example.test", "b@shop.example.com") },
  { weight: 1, arbitrary: fc.constantFrom("not-an-email", "a@b", `${"x".repeat(320)}@e.test`) },
  { weight: 1, arbitrary: hostileText },
);

// a valid event carries browser text (URL, labels in data) that may hold anything; now and then an
// event is broken in one field, or is not an event at all
const validEvent = fc.record(
  {
    id: fc.uuid(),
    type: fc.constantFrom(...CLIENT_EVENT_TYPES),
    offsetMs: fc.nat({ max: 10_000_000 }),
    url: fc.oneof(fc.webUrl(), hostileText),
    data: fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber, fc.array(hostileText, { maxLength: 3 })), { maxKeys: 5 }),
  },
  { requiredKeys: ["id", "type", "offsetMs"] },
);
const brokenEvent = fc.record({
  id: field(fc.constantFrom("e1", "x".repeat(65), "")),
  type: field(fc.constantFrom("ended", "", "click")),
  offsetMs: field(hostileNumber),
});
const event = fc.oneof({ weight: 12, arbitrary: validEvent }, { weight: 1, arbitrary: brokenEvent }, { weight: 1, arbitrary: hostileJson });

const bodies = {
  create: body(
    fc.record(
      {
        consent: field(fc.record({ recording: field(fc.boolean()), analytics: field(fc.boolean()) })),
        externalId: field(fc.oneof(plainId, hostileText)),
        language: field(language),
        participant: field(fc.record({ name: field(hostileText), email: field(email) }, { requiredKeys: [] })),
      },
      { requiredKeys: ["consent"] },
    ),
  ),
  start: body(fc.record({ language: field(language) }, { requiredKeys: [] })),
  identify: body(
    fc.record(
      { externalId: field(fc.oneof(plainId, hostileText)), name: field(hostileText), email: field(email) },
      { requiredKeys: ["externalId"] },
    ),
  ),
  events: body(fc.record({ events: field(fc.array(event, { minLength: 1, maxLength: 6 })) })),
  gaps: body(
    fc.record(
      {
        kind: field(fc.constantFrom("audio", "screen", "video")),
        fromIndex: field(fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 20 }) }, { weight: 1, arbitrary: hostileNumber })),
        toIndex: field(fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 20 }).map((n) => n + 20) }, { weight: 1, arbitrary: hostileNumber })),
        reason: field(fc.constantFrom(...GAP_REASONS, "other")),
        detail: field(hostileText),
      },
      { requiredKeys: ["kind", "fromIndex", "toIndex", "reason"] },
    ),
  ),
};

async function check(route: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>, call: Call) {
  await callAndCheck(route, call);
}

describe("fuzz: SDK session API", () => {
  it(
    "POST /api/sdk/sessions",
    async () => {
      await fc.assert(
        fc.asyncProperty(caller, state, bodies.create, contentType, extraQuery, async (c, s, b, type, extra) => {
          const { query, headers } = await sessionCall(c, s);
          await check(create.POST, {
            method: "POST",
            path: "/api/sdk/sessions",
            query: [...query, ...extra],
            headers,
            contentType: type,
            body: b,
          });
        }),
        fuzzRuns(40),
      );
    },
    PROPERTY_TIMEOUT,
  );

  const sessionRoutes = [
    ["start", start.POST, "/start", bodies.start],
    ["identify", identify.POST, "/identify", bodies.identify],
    ["events", events.POST, "/events", bodies.events],
    ["gaps", gaps.POST, "/gaps", bodies.gaps],
    ["end", end.POST, "/end", body(fc.constant({}))],
  ] as const;

  for (const [name, handler, suffix, bodyArb] of sessionRoutes) {
    it(
      `POST /api/sdk/sessions/:id${suffix}`,
      async () => {
        await fc.assert(
          fc.asyncProperty(caller, state, pathId, bodyArb, contentType, extraQuery, async (c, s, id, b, type, extra) => {
            const { session, query, headers } = await sessionCall(c, s);
            await check(handler, {
              method: "POST",
              path: `/api/sdk/sessions/x${suffix}`,
              params: { sessionId: idFor(id, session.id) },
              query: [...query, ...extra],
              headers,
              contentType: type,
              body: b,
            });
          }),
          fuzzRuns(name === "events" ? 60 : 30),
        );
      },
      PROPERTY_TIMEOUT,
    );
  }

  it(
    "GET /api/sdk/sessions/:id",
    async () => {
      await fc.assert(
        fc.asyncProperty(caller, state, pathId, extraQuery, async (c, s, id, extra) => {
          const { session, query, headers } = await sessionCall(c, s);
          await check(view.GET, {
            method: "GET",
            path: "/api/sdk/sessions/x",
            params: { sessionId: idFor(id, session.id) },
            query: [...query, ...extra],
            headers,
          });
        }),
        fuzzRuns(20),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "PUT /api/sdk/sessions/:id/chunks/:kind/:index",
    async () => {
      const header = (valid: fc.Arbitrary<string>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: headerValue });
      const chunkHeaders = fc.record(
        {
          "x-chunk-start-ms": header(fc.nat({ max: 600_000 }).map(String)),
          "x-chunk-duration-ms": header(fc.nat({ max: 10_000 }).map(String)),
          "x-span-start-index": header(fc.constantFrom("0", "1")),
          "x-chunk-level-db": header(fc.constantFrom("-42.5", "0", "-100")),
        },
        { requiredKeys: [] },
      );
      const media = fc.oneof(
        fc.constant(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4])),
        fc.constant(new TextEncoder().encode("OggS....")),
        fc.uint8Array({ maxLength: 64 }),
      );
      await fc.assert(
        fc.asyncProperty(
          caller,
          state,
          fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom("audio", "screen") },
            { weight: 1, arbitrary: fc.constantFrom("video", "", "\u0000") },
          ),
          fc.oneof(
            { weight: 6, arbitrary: fc.nat({ max: 30 }).map(String) },
            { weight: 1, arbitrary: fc.constantFrom("999999", "1000000", "-1", "1.5", "01", "", "١") },
            { weight: 1, arbitrary: hostileText },
          ),
          chunkHeaders,
          fc.constantFrom(undefined, "audio/webm", "audio/ogg", "video/webm", "application/json", "text/plain"),
          media,
          async (c, s, kind, index, h, type, bytes) => {
            const { session, query, headers } = await sessionCall(c, s);
            await check(chunks.PUT, {
              method: "PUT",
              path: "/api/sdk/sessions/x/chunks/x/y",
              params: { sessionId: session.id, kind, index },
              query,
              headers: { ...headers, ...h },
              contentType: type,
              body: { kind: "bytes", bytes },
            });
          },
        ),
        fuzzRuns(30),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
