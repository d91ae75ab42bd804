// The whole back half of the loop, in-process with real components: a participant session arrives
// through the ingestion API (public key), ends, its outbox event is delivered to a fake Inngest event
// endpoint by the real SDK, the captured event runs the real process-session function (Claude and
// Whisper faked on loopback), and the researcher sees signals and prioritized tasks through the API.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import { analysisResponder } from "@/tests/fakes/analysis-replies";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";
import { startFakeInngest } from "@/tests/fakes/fake-inngest";
import { callRoute } from "../helpers/call-route";

const ai = await startFakeAiServer();
const inngestApi = await startFakeInngest();
for (const [k, v] of Object.entries({ ...ai.env("test-key"), INNGEST_DEV: inngestApi.url })) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { flushOutbox } = await import("@/lib/outbox/dispatch-outbox");
const { outboxDispatchSettled } = await import("@/lib/outbox/kick-dispatch");
const { processSession } = await import("@/inngest/functions/process-session");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const sdkSessions = await import("@/app/api/sdk/sessions/route");
const sdkStart = await import("@/app/api/sdk/sessions/[sessionId]/start/route");
const sdkEvents = await import("@/app/api/sdk/sessions/[sessionId]/events/route");
const sdkChunk = await import("@/app/api/sdk/sessions/[sessionId]/chunks/[kind]/[index]/route");
const sdkEnd = await import("@/app/api/sdk/sessions/[sessionId]/end/route");
const apiSession = await import("@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route");
const apiSignals = await import("@/app/api/v1/projects/[projectId]/signals/route");
const apiTasks = await import("@/app/api/v1/projects/[projectId]/tasks/route");

afterAll(async () => {
  vi.unstubAllEnvs();
  await ai.close();
  await inngestApi.close();
});

const SPOKEN = [
  "Every Friday I export the invoices and the totals never match what the bank says.",
  "So I end up retyping the whole list into a spreadsheet before I send it to my accountant.",
];

function webm(seed: number) {
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(512, seed)]);
}

describe("session → outbox → Inngest → signals and tasks", () => {
  it("a recorded session ends up processed, with evidence and prioritized tasks visible to the researcher", async () => {
    const { project, publicKey, token } = await createOwnerWithProject(db);
    const q = `?key=${publicKey}`;

    const created = await callRoute(sdkSessions.POST, {
      method: "POST",
      path: `/api/sdk/sessions${q}`,
      body: { consent: { recording: true, analytics: true } },
    });
    expect(created.status).toBe(201);
    const sessionId: string = created.json.sessionId;
    const p = { sessionId };
    expect((await callRoute(sdkStart.POST, { method: "POST", path: `/x${q}`, params: p })).status).toBeLessThan(300);

    const events = await callRoute(sdkEvents.POST, {
      method: "POST",
      path: `/x${q}`,
      params: p,
      body: {
        events: [
          { id: "ev-1", type: "navigation", offsetMs: 1000, url: "/invoices" },
          { id: "ev-2", type: "click", offsetMs: 2500, url: "/invoices", data: { selector: "button#export" } },
        ],
      },
    });
    expect(events.status).toBeLessThan(300);

    for (const index of [0, 1]) {
      const body = webm(index);
      const req = new Request(`http://localhost:3000/api/sdk/sessions/${sessionId}/chunks/audio/${index}${q}`, {
        method: "PUT",
        headers: {
          "content-type": "audio/webm",
          "content-length": String(body.length),
          "x-chunk-start-ms": String(index * 5000),
          "x-chunk-duration-ms": "5000",
        },
        body,
      });
      const res = await sdkChunk.PUT(req, { params: Promise.resolve({ sessionId, kind: "audio", index: String(index) }) });
      expect(res.status).toBe(201);
    }

    expect((await callRoute(sdkEnd.POST, { method: "POST", path: `/x${q}`, params: p })).status).toBe(200);
    await outboxDispatchSettled();
    await flushOutbox();
    const delivered = inngestApi.received.filter((e) => e.name === "session/completed" && e.data.sessionId === sessionId);
    expect(delivered).toHaveLength(1);

    ai.transcription.use((req) => SPOKEN[Number(/chunk-(\d+)/.exec(req.file?.name ?? "")?.[1] ?? 0)]);
    ai.claude.use(
      analysisResponder(
        [
          {
            type: "struggling_moment",
            quote: "the totals never match what the bank says",
            topic: "Reconciling exported invoice totals",
            confidence: 0.9,
            intensity: 0.8,
          },
          {
            type: "workaround",
            quote: "retyping the whole list into a spreadsheet",
            topic: "Retyping invoices into spreadsheets",
            confidence: 0.85,
            intensity: 0.6,
          },
        ],
        "A freelancer reconciles exported invoices by hand every week.",
      ),
    );
    const event = delivered[0];
    const { error } = await new InngestTestEngine({
      function: processSession,
      events: [{ id: event.id, name: event.name, data: event.data }],
    }).execute();
    expect(error).toBeUndefined();

    const params = { projectId: project.id };
    const session = await callRoute(apiSession.GET, { token, params: { ...params, sessionId } });
    expect(session.json.session).toMatchObject({ status: "completed", processingStatus: "processed", signalCount: 2 });
    expect(session.json.session.summary).toContain("reconciles");
    expect(session.json.session.activity.map((a: { kind: string }) => a.kind)).toEqual(
      expect.arrayContaining(["ended", "processing_started", "processed"]),
    );

    const signals = await callRoute(apiSignals.GET, { token, params, path: `/x?sessionId=${sessionId}` });
    expect(signals.json.signals.map((s: { type: string; offsetMs: number }) => [s.type, s.offsetMs]).sort()).toEqual([
      ["struggling_moment", 0],
      ["workaround", 5000],
    ]);
    const tasks = await callRoute(apiTasks.GET, { token, params });
    expect(tasks.json.tasks).toHaveLength(2);
    expect(tasks.json.tasks.every((t: { priorityScore: number; signalCount: number }) => t.priorityScore > 0 && t.signalCount === 1)).toBe(
      true,
    );
  });
});
