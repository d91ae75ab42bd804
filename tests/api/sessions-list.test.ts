// The sessions list as the dashboard uses it: processing-status and date-range filters, participant
// search by name, pagination under a filter, the page's query parsing, and viewer refusals.
import { describe, expect, it } from "vitest";
import { POST as reprocess } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/reprocess/route";
import { DELETE as deleteSession } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import { GET as listSessions } from "@/app/api/v1/projects/[projectId]/sessions/route";
import { filtersOnly, listQueryFrom, withInclusiveTo } from "@/components/sessions/list-query";
import { db } from "@/lib/db";
import { listSessionsQuery } from "@/lib/sessions/schemas";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));

async function ids(token: string, projectId: string, qs: string): Promise<string[]> {
  const res = await callRoute(listSessions, { token, params: { projectId }, path: `/x?${qs}` });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.sessions.map((s: { id: string }) => s.id);
}

describe("sessions list", () => {
  it("filters by processing status, date range and participant name", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const p = project.id;
    const failed = await createSession(db, { projectId: p, processingStatus: "failed", participantName: "Dana Ortiz", startedAt: day(1) });
    const processed = await createSession(db, {
      projectId: p,
      processingStatus: "processed",
      participantName: "Eli Park",
      startedAt: day(5),
    });
    const pending = await createSession(db, { projectId: p, status: "pending", startedAt: null, createdAt: day(9) });
    expect(await ids(token, p, "processingStatus=failed")).toEqual([failed.id]);
    expect(await ids(token, p, "from=2026-11-04&to=2026-11-06T00:00:00Z")).toEqual([processed.id]);
    expect(await ids(token, p, "from=2026-11-02")).toEqual([pending.id, processed.id]);
    expect(await ids(token, p, "q=ortiz")).toEqual([failed.id]);
    expect(await ids(token, p, `q=${pending.id}`)).toEqual([pending.id]);
  });

  it("pages through a filtered list with cursors, without gaps or repeats", async () => {
    const { token, project } = await createOwnerWithProject(db);
    for (let i = 0; i < 8; i++)
      await createSession(db, { projectId: project.id, processingStatus: i % 2 ? "processed" : "failed", startedAt: day(1 + i) });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { json: { sessions: { id: string; processingStatus: string }[]; nextCursor: string | null } } = await callRoute(
        listSessions,
        {
          token,
          params: { projectId: project.id },
          path: `/x?processingStatus=processed&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        },
      );
      expect(res.json.sessions.every((s) => s.processingStatus === "processed")).toBe(true);
      seen.push(...res.json.sessions.map((s) => s.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it("reads the page's search params: empty fields dropped, a date-only 'to' covers its whole day", () => {
    const { query, page } = listQueryFrom({ q: " ana ", status: "", to: "2026-11-05", page: "3", cursor: "abc", other: "x" }, [
      "q",
      "status",
      "to",
      "cursor",
    ]);
    expect(query).toEqual({ q: "ana", to: "2026-11-05", cursor: "abc" });
    expect(page).toBe(3);
    expect(filtersOnly(query)).toEqual({ q: "ana", to: "2026-11-05" });
    const parsed = listSessionsQuery.parse(withInclusiveTo(filtersOnly(query)));
    expect(parsed.to?.toISOString()).toBe("2026-11-05T23:59:59.999Z");
    // without a cursor the page number is always 1
    expect(listQueryFrom({ page: "4" }, ["cursor"]).page).toBe(1);
  });

  it("a viewer lists sessions but cannot reprocess or delete them", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id });
    const viewer = await createUser(db);
    await addMember(db, { projectId: project.id, userId: viewer.id, role: "viewer" });
    const token = await createApiTokenFor(db, { userId: viewer.id });
    expect(await ids(token, project.id, "")).toEqual([session.id]);
    const params = { projectId: project.id, sessionId: session.id };
    expect((await callRoute(reprocess, { method: "POST", token, params })).status).toBe(403);
    expect((await callRoute(deleteSession, { method: "DELETE", token, params })).status).toBe(403);
    expect(await db.session.findUnique({ where: { id: session.id } })).toMatchObject({ processingStatus: "processed" });
  });
});

describe("pageProblem", () => {
  it("turns a use-case's validation error into a notice and rethrows anything else", async () => {
    const { pageProblem } = await import("@/components/sessions/list-query");
    const { AppError } = await import("@/lib/errors");
    expect(
      pageProblem(
        new AppError("validation_failed", "Invalid query string", { fields: { cursor: ["is not a cursor returned by this API"] } }),
      ),
    ).toEqual({
      problem: "cursor: is not a cursor returned by this API",
    });
    expect(() => pageProblem(new Error("database down"))).toThrow("database down");
  });
});
