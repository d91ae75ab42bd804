// The task board: moving a card is a PATCH of the task's status that records history with the
// actor; viewers are refused; the board reads a bounded page per column with totals, and "Show
// more" continues through the list API; the client's optimistic move rolls back when saving fails.
import { describe, expect, it } from "vitest";
import { PATCH as patchTask } from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/route";
import { GET as listTasks } from "@/app/api/v1/projects/[projectId]/tasks/route";
import { appendPage, type Board, moveCard, persistMove } from "@/components/tasks/board-state";
import { db } from "@/lib/db";
import { getTaskBoard } from "@/lib/tasks/get-task-board";
import { getTaskView } from "@/lib/tasks/get-task-view";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createSession, createSignal, createTask } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function projectWithTeam() {
  const owner = await createOwnerWithProject(db);
  const viewer = await createUser(db, { name: "Vera Viewer" });
  await addMember(db, { projectId: owner.project.id, userId: viewer.id, role: "viewer" });
  const member = await createUser(db, { name: "Milo Member" });
  await addMember(db, { projectId: owner.project.id, userId: member.id, role: "member" });
  return {
    ...owner,
    member,
    memberToken: await createApiTokenFor(db, { userId: member.id }),
    viewerToken: await createApiTokenFor(db, { userId: viewer.id }),
  };
}

describe("moving a task between columns", () => {
  it("PATCH status moves it, records who moved it, and the board shows it in its new column", async () => {
    const { project, member, memberToken } = await projectWithTeam();
    const task = await createTask(db, { projectId: project.id, title: "Reliable CSV export", status: "backlog" });

    const res = await callRoute(patchTask, {
      method: "PATCH",
      token: memberToken,
      params: { projectId: project.id, taskId: task.id },
      body: { status: "ready" },
    });
    expect(res.status).toBe(200);
    expect(res.json.task.status).toBe("ready");

    const board = await getTaskBoard({ projectId: project.id });
    const column = (s: string) => board.find((c) => c.status === s)!;
    expect(column("ready").tasks.map((t) => t.id)).toEqual([task.id]);
    expect(column("ready").total).toBe(1);
    expect(column("backlog").total).toBe(0);

    const { history } = await getTaskView({ projectId: project.id, taskId: task.id });
    expect(history).toMatchObject([{ fromStatus: "backlog", toStatus: "ready", actor: { name: member.name } }]);

    // the same status again is not a change: no second history entry
    await callRoute(patchTask, {
      method: "PATCH",
      token: memberToken,
      params: { projectId: project.id, taskId: task.id },
      body: { status: "ready" },
    });
    expect((await getTaskView({ projectId: project.id, taskId: task.id })).history).toHaveLength(1);
  });

  it("a viewer's move is refused with 403 and changes nothing", async () => {
    const { project, viewerToken } = await projectWithTeam();
    const task = await createTask(db, { projectId: project.id, status: "backlog" });
    const res = await callRoute(patchTask, {
      method: "PATCH",
      token: viewerToken,
      params: { projectId: project.id, taskId: task.id },
      body: { status: "ready" },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("forbidden");
    const edit = await callRoute(patchTask, {
      method: "PATCH",
      token: viewerToken,
      params: { projectId: project.id, taskId: task.id },
      body: { title: "Mine now" },
    });
    expect(edit.status).toBe(403);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "backlog", title: task.title });
    expect(await db.taskStatusChange.count({ where: { taskId: task.id } })).toBe(0);
    // reading is allowed
    expect((await callRoute(listTasks, { token: viewerToken, params: { projectId: project.id } })).status).toBe(200);
  });

  it("an unknown status or another project's task is refused", async () => {
    const { project, token } = await projectWithTeam();
    const other = await createOwnerWithProject(db);
    const foreign = await createTask(db, { projectId: other.project.id });
    const task = await createTask(db, { projectId: project.id });
    const bad = await callRoute(patchTask, {
      method: "PATCH",
      token,
      params: { projectId: project.id, taskId: task.id },
      body: { status: "shipped" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.fields).toHaveProperty("status");
    const cross = await callRoute(patchTask, {
      method: "PATCH",
      token,
      params: { projectId: project.id, taskId: foreign.id },
      body: { status: "ready" },
    });
    expect(cross.status).toBe(404);
    expect((await db.task.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("backlog");
  });
});

describe("getTaskBoard", () => {
  it("shows the top cards of each column by priority with totals; Show more continues without repeats", async () => {
    const { project, token } = await projectWithTeam();
    const scores = Array.from({ length: 7 }, (_, i) => 10 + i * 10); // 10…70
    for (const [i, score] of scores.entries()) {
      const t = await createTask(db, { projectId: project.id, title: `Backlog ${i}`, status: "backlog" });
      await db.task.update({ where: { id: t.id }, data: { priorityScore: score, signalCount: i, sessionCount: 1 } });
    }
    await createTask(db, { projectId: project.id, status: "done" });

    const board = await getTaskBoard({ projectId: project.id, perColumn: 3 });
    expect(board.map((c) => c.status)).toEqual(["backlog", "ready", "in_progress", "in_review", "done", "wont_fix"]);
    const backlog = board[0];
    expect(backlog.total).toBe(7);
    expect(backlog.tasks.map((t) => t.priorityScore)).toEqual([70, 60, 50]);
    expect(backlog.tasks[0]).toMatchObject({ title: "Backlog 6", signalCount: 6, sessionCount: 1, priorityLabel: "low" });
    expect(board.find((c) => c.status === "done")).toMatchObject({ total: 1, nextCursor: null });

    const seen = backlog.tasks.map((t) => t.id);
    let cursor = backlog.nextCursor;
    while (cursor) {
      const page = await callRoute(listTasks, {
        token,
        params: { projectId: project.id },
        path: `/x?status=backlog&sort=priority&limit=3&cursor=${cursor}`,
      });
      seen.push(...page.json.tasks.map((t: { id: string }) => t.id));
      cursor = page.json.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("the task view bounds evidence and links each quote to its session", async () => {
    const { project } = await projectWithTeam();
    const session = await createSession(db, { projectId: project.id, participantName: "Ana" });
    const signals = [];
    for (let i = 0; i < 25; i++)
      signals.push(await createSignal(db, { projectId: project.id, sessionId: session.id, intensity: i / 25, offsetMs: 1000 * i }));
    const task = await createTask(db, { projectId: project.id, signalIds: signals.map((s) => s.id) });
    const view = await getTaskView({ projectId: project.id, taskId: task.id });
    expect(view.evidence).toHaveLength(20);
    expect(view.evidence[0]).toMatchObject({ offsetMs: 24_000, session: { id: session.id, participantName: "Ana" } }); // strongest first
    expect(view.task.priorityBreakdown).toEqual({ frequency: 0, recency: 0, intensity: 0, breadth: 0, urgency: 0 });
    // the order comes from the link's copies of the signal's values, filled by the database on insert
    const link = await db.taskSignal.findFirstOrThrow({ where: { taskId: task.id, signalId: signals[24].id } });
    expect(link).toMatchObject({ signalIntensity: signals[24].intensity, signalCreatedAt: signals[24].createdAt });
    expect(view.evidence.map((e) => e.intensity)).toEqual(
      [...signals]
        .reverse()
        .slice(0, 20)
        .map((s) => s.intensity),
    );
  });
});

describe("optimistic moves on the board (client state)", () => {
  const card = (id: string, score: number, status: "backlog" | "ready") => ({
    id,
    title: id,
    type: "bug" as const,
    status,
    effort: null,
    priorityScore: score,
    priorityLabel: "low" as const,
    signalCount: 1,
    sessionCount: 1,
  });
  const start = (): Board => [
    { status: "backlog", tasks: [card("a", 50, "backlog"), card("b", 20, "backlog")], total: 2, nextCursor: null },
    { status: "ready", tasks: [card("c", 40, "ready")], total: 1, nextCursor: null },
  ];
  function holder(initial: Board) {
    let board = initial;
    const seen: Board[] = [];
    return {
      get: () => board,
      update: (change: (b: Board) => Board) => {
        board = change(board);
        seen.push(board);
      },
      seen,
    };
  }

  it("moveCard places the card by priority and keeps totals right", () => {
    const moved = moveCard(start(), "a", "ready");
    expect(moved[0]).toMatchObject({ total: 1, tasks: [{ id: "b" }] });
    expect(moved[1]).toMatchObject({ total: 2, tasks: [{ id: "a", status: "ready" }, { id: "c" }] });
    expect(moveCard(start(), "a", "backlog")).toEqual(start());
  });

  it("Show more appends the next page without repeating a card moved in meanwhile", () => {
    const board = moveCard(start(), "c", "backlog"); // c now shows in Backlog
    const next = appendPage(board, "backlog", { tasks: [card("c", 40, "backlog"), card("d", 10, "backlog")], nextCursor: null });
    expect(next[0].tasks.map((t) => t.id)).toEqual(["a", "c", "b", "d"]);
    expect(next[0].nextCursor).toBeNull();
  });

  it("shows the move at once and keeps it when saving succeeds", async () => {
    const state = holder(start());
    let resolveSave!: () => void;
    const saving = persistMove({
      board: state.get(),
      taskId: "b",
      to: "ready",
      update: state.update,
      save: () => new Promise<void>((r) => (resolveSave = r)),
    });
    // before the server answers, the card is already in Ready
    expect(state.get()[1].tasks.map((t) => t.id)).toEqual(["c", "b"]);
    resolveSave();
    expect(await saving).toEqual({ ok: true });
    expect(state.get()[1].tasks.map((t) => t.id)).toEqual(["c", "b"]);
  });

  it("puts the card back when saving fails, keeping other moves made meanwhile", async () => {
    const state = holder(start());
    const failure = new Error("HTTP 500");
    let rejectSave!: (e: unknown) => void;
    const saving = persistMove({
      board: state.get(),
      taskId: "a",
      to: "ready",
      update: state.update,
      save: () => new Promise((_, reject) => (rejectSave = reject)),
    });
    expect(state.get()[1].tasks.map((t) => t.id)).toEqual(["a", "c"]);
    state.update((b) => moveCard(b, "c", "backlog")); // another move while the first is in flight
    rejectSave(failure);
    expect(await saving).toEqual({ ok: false, error: failure });
    expect(state.get()[0].tasks.map((t) => t.id)).toEqual(["a", "c", "b"]);
    expect(state.get()[1]).toMatchObject({ tasks: [], total: 0 });
  });
});
