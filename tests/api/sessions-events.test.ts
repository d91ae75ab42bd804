// A session's behaviour events for the session page: paged in time order with readable labels
// (the page loads more on demand), and their density on the timeline in one grouped query.
import { describe, expect, it } from "vitest";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/events/route";
import { db } from "@/lib/db";
import { getEventDensity } from "@/lib/sessions/get-event-density";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession, createSessionEvents } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function sessionWithEvents(n: number) {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, { projectId: owner.project.id, durationMs: 600_000 });
  await createSessionEvents(db, {
    sessionId: session.id,
    events: Array.from({ length: n }, (_, i) =>
      i === 3
        ? { type: "error" as const, offsetMs: 3_000, data: { message: "Export failed" } }
        : {
            type: "click" as const,
            offsetMs: Math.floor(i / 2) * 2_000,
            url: "https://app.example/invoices",
            data: { text: `Button ${i}` },
          },
    ),
  });
  return { ...owner, session };
}

describe("session events", () => {
  it("pages through events in time order with labels, equal offsets included once", async () => {
    const { token, project, session } = await sessionWithEvents(25);
    const params = { projectId: project.id, sessionId: session.id };
    const first = await callRoute(listEvents, { token, params, path: "/x?limit=10" });
    expect(first.status).toBe(200);
    expect(first.json.events[0]).toMatchObject({
      type: "click",
      offsetMs: 0,
      label: "Clicked “Button 0”",
      url: "https://app.example/invoices",
    });
    expect(first.json.events.find((e: { type: string }) => e.type === "error").label).toBe("Error: Export failed");

    const seen: { id: string; offsetMs: number }[] = [...first.json.events];
    let cursor: string | null = first.json.nextCursor;
    while (cursor) {
      const res = await callRoute(listEvents, { token, params, path: `/x?limit=10&cursor=${cursor}` });
      seen.push(...res.json.events);
      cursor = res.json.nextCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((e) => e.id)).size).toBe(25);
    expect(seen.map((e) => e.offsetMs)).toEqual([...seen.map((e) => e.offsetMs)].sort((a, b) => a - b));

    const from = await callRoute(listEvents, { token, params, path: "/x?fromMs=20000" });
    expect(from.json.events.every((e: { offsetMs: number }) => e.offsetMs >= 20_000)).toBe(true);
    expect((await callRoute(listEvents, { token, params, path: "/x?cursor=nope" })).status).toBe(400);
    expect((await callRoute(listEvents, { token, params, path: "/x?limit=0" })).status).toBe(400);
  });

  it("another project's session is not found", async () => {
    const { session } = await sessionWithEvents(2);
    const other = await createOwnerWithProject(db);
    const res = await callRoute(listEvents, { token: other.token, params: { projectId: other.project.id, sessionId: session.id } });
    expect(res.status).toBe(404);
  });

  it("counts events per slice of the timeline and flags the slices with errors", async () => {
    const { session } = await sessionWithEvents(25);
    const density = await getEventDensity({ sessionId: session.id, minTotalMs: 600_000, slices: 100 });
    expect(density.total).toBe(25);
    expect(density.bucketMs).toBe(6_000);
    expect(density.lastMs).toBe(24_000);
    expect(density.buckets.reduce((n, b) => n + b.count, 0)).toBe(25);
    expect(density.buckets.filter((b) => b.error).map((b) => b.offsetMs)).toEqual([0]);
    const empty = await getEventDensity({ sessionId: (await createSession(db, { projectId: session.projectId })).id, minTotalMs: 0 });
    expect(empty).toEqual({ total: 0, lastMs: null, bucketMs: 1_000, buckets: [] });
  });
});
