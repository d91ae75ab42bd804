// "No N+1": the dashboard's reads issue the same number of SQL queries whether a page shows a few
// rows or many. Counted with Prisma's query events on the client lib/db uses for this database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { getEventDensity } from "@/lib/sessions/get-event-density";
import { getRunCosts } from "@/lib/sessions/get-run-costs";
import { getScreenerAnswers } from "@/lib/sessions/get-screener-answers";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { listSessionEvents } from "@/lib/sessions/list-session-events";
import { listSessions } from "@/lib/sessions/list-sessions";
import { listSessionsQuery } from "@/lib/sessions/schemas";
import { listSignals } from "@/lib/signals/list-signals";
import { listSignalsQuery } from "@/lib/signals/schemas";
import { listTaskImplementations } from "@/lib/implementations/list-implementations";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { listScreeners } from "@/lib/screeners/list-screeners";
import { getTaskBoard } from "@/lib/tasks/get-task-board";
import { getTaskView } from "@/lib/tasks/get-task-view";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import {
  createInterviewSession,
  createProcessingRun,
  createScreener,
  createScreenerResponse,
  createSession,
  createSignal,
  createTask,
} from "@/prisma/factories/research";

// lib/db keeps one client per database URL on globalThis; registering a logging client first makes
// every use-case in this file run through it.
const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url });
pool.on("error", () => {}); // idle connections end when the test database is dropped
const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
(globalThis as unknown as { usertestsDatabase?: Map<string, { client: PrismaClient; pool: pg.Pool }> }).usertestsDatabase = new Map([
  [url, { client, pool }],
]);
let queries = 0;
client.$on("query", () => queries++);

async function count(fn: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await fn();
  return queries;
}

async function projectWith(n: number) {
  const { project } = await createOwnerWithProject(client);
  const screener = await createScreener(client, { projectId: project.id });
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const { session } = await createInterviewSession(client, {
      projectId: project.id,
      screenerId: screener.id,
      messages: Array.from({ length: 2 * n }, (_, j) => ({ role: j % 2 ? "participant" : "interviewer", content: `line ${j}` }) as const),
      events: Array.from({ length: n }, (_, j) => ({ type: "click", offsetMs: j * 1000 }) as const),
    });
    await createScreenerResponse(client, {
      screenerId: screener.id,
      projectId: project.id,
      sessionId: session.id,
      answers: Object.fromEntries(screener.questions.map((q) => [q.id, "x"])),
    });
    await createProcessingRun(client, { projectId: project.id, sessionId: session.id });
    const signals = [];
    for (let j = 0; j < n; j++)
      signals.push(await createSignal(client, { projectId: project.id, sessionId: session.id, offsetMs: j * 1000 }));
    for (let j = 0; j < n; j++) await createTask(client, { projectId: project.id, signalIds: signals.map((s) => s.id) });
    sessions.push(session);
  }
  return { project, screener, session: sessions[0] };
}

describe("dashboard reads", () => {
  let small: Awaited<ReturnType<typeof projectWith>>;
  let large: Awaited<ReturnType<typeof projectWith>>;
  beforeAll(async () => {
    small = await projectWith(2);
    large = await projectWith(8);
    await createSession(client, { projectId: large.project.id }); // a session without any of it
  }, 60_000);

  it("the sessions list", async () => {
    const query = listSessionsQuery.parse({});
    const a = await count(() => listSessions({ projectId: small.project.id, query }));
    const b = await count(() => listSessions({ projectId: large.project.id, query }));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it("the signals explorer, with and without filters", async () => {
    for (const raw of [{}, { type: "struggling_moment", minIntensity: "0.5", q: "export" }]) {
      const query = listSignalsQuery.parse(raw);
      const a = await count(() => listSignals({ projectId: small.project.id, query }));
      const b = await count(() => listSignals({ projectId: large.project.id, query }));
      expect(b).toBe(a);
    }
  });

  it("the session page", async () => {
    // what app/(dashboard)/projects/[projectId]/sessions/[sessionId]/page.tsx loads
    const page = async ({ project, session }: typeof small) => {
      const detail = await getSessionDetail({ projectId: project.id, sessionId: session.id, events: 0 });
      await Promise.all([
        listSessionEvents({ projectId: project.id, sessionId: session.id, query: { limit: 100 } }),
        getEventDensity({ sessionId: session.id, minTotalMs: detail.durationMs ?? 0 }),
        getScreenerAnswers({ screenerId: detail.screenerId, answers: detail.response?.answers }),
        getRunCosts({ sessionId: session.id }),
      ]);
      return detail;
    };
    const a = await count(() => page(small));
    const b = await count(() => page(large));
    const detail = await page(large);
    expect(detail.signals).toHaveLength(8);
    expect(detail.messages).toHaveLength(16);
    expect(b).toBe(a);
  });

  it("the overview, the task board, a task page and the screeners list", async () => {
    const firstTask = (projectId: string) => client.task.findFirstOrThrow({ where: { projectId }, orderBy: { priorityScore: "desc" } });
    const pages = {
      overview: ({ project }: typeof small) => getProjectOverview({ projectId: project.id, fresh: true }),
      board: ({ project }: typeof small) => getTaskBoard({ projectId: project.id }),
      task: async ({ project }: typeof small) => {
        const task = await firstTask(project.id);
        queries = 0; // only the page's own reads
        return Promise.all([
          listTaskImplementations({ projectId: project.id, taskId: task.id }),
          getTaskView({ projectId: project.id, taskId: task.id }),
        ]);
      },
      screeners: ({ project }: typeof small) => listScreeners({ projectId: project.id }),
    };
    for (const [name, load] of Object.entries(pages)) {
      await load(small); // warm: the first call may prepare what later calls reuse
      const a = await count(() => load(small));
      const b = await count(() => load(large));
      expect(a, name).toBeGreaterThan(0);
      expect(b, name).toBe(a);
    }
  });
});
