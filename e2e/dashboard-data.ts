// Aggregate-shaped research data for the overview and task board journeys: many small sessions,
// signals and tasks with chosen statuses and scores, inserted with plain SQL (fixtures: making
// them through the pipeline would take minutes). The database is the one scripts/e2e-server.ts creates (E2E_PORT, DATABASE_URL).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { e2eDatabaseUrl } from "./e2e-database";

const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

export interface SessionSeed {
  participantName: string;
  status: "pending" | "active" | "completed" | "abandoned";
  processingStatus: "pending" | "processing" | "processed" | "failed";
  daysAgo: number;
}
export interface SignalSeed {
  session: number;
  type: "firing_moment" | "struggling_moment" | "workaround" | "emotional_response" | "desired_outcome" | "hiring_criteria";
  quote: string;
  offsetMs?: number;
}
export interface TaskSeed {
  title: string;
  status: "backlog" | "ready" | "in_progress" | "in_review" | "done" | "wont_fix";
  score: number;
  label: "critical" | "high" | "medium" | "low";
  /** indexes into `signals` */
  signals?: number[];
}

/** Inserts sessions, signals and tasks into the project; returns their ids in the order given. */
export async function seedDashboard(projectId: string, data: { sessions: SessionSeed[]; signals?: SignalSeed[]; tasks?: TaskSeed[] }) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const sessionIds: string[] = [];
    for (const s of data.sessions) {
      const id = newId("ses");
      sessionIds.push(id);
      await client.query(
        `INSERT INTO "Session" ("id","projectId","participantName","status","processingStatus","startedAt","durationMs","createdAt","updatedAt")
         VALUES ($1,$2,$3,$4,$5,$6,$7,$6,now())`,
        [id, projectId, s.participantName, s.status, s.processingStatus, daysAgo(s.daysAgo), s.status === "completed" ? 21 * 60_000 : null],
      );
    }
    const signalIds: string[] = [];
    for (const g of data.signals ?? []) {
      const id = newId("sig");
      signalIds.push(id);
      await client.query(
        `INSERT INTO "Signal" ("id","projectId","sessionId","type","quote","confidence","intensity","offsetMs","createdAt")
         VALUES ($1,$2,$3,$4,$5,0.9,0.8,$6,now())`,
        [id, projectId, sessionIds[g.session], g.type, g.quote, g.offsetMs ?? null],
      );
    }
    // the session's count, as processing keeps it (lists and the overview show it)
    await client.query(
      `UPDATE "Session" s SET "signalCount" = (SELECT count(*) FROM "Signal" g WHERE g."sessionId" = s."id") WHERE s."projectId" = $1`,
      [projectId],
    );
    const taskIds: string[] = [];
    for (const t of data.tasks ?? []) {
      const id = newId("task");
      taskIds.push(id);
      const linked = t.signals ?? [];
      const sessions = new Set(linked.map((i) => data.signals![i].session)).size;
      await client.query(
        `INSERT INTO "Task" ("id","projectId","title","description","status","priorityScore","priorityLabel","priorityBreakdown","signalCount","sessionCount","createdAt","updatedAt")
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,now(),now())`,
        [
          id,
          projectId,
          t.title,
          `Participants keep running into this: ${t.title.toLowerCase()}.`,
          t.status,
          t.score,
          t.label,
          JSON.stringify({ frequency: t.score, recency: 70, intensity: 64, breadth: 20, urgency: 85 }),
          linked.length,
          sessions,
        ],
      );
      for (const i of linked) await client.query(`INSERT INTO "TaskSignal" ("taskId","signalId") VALUES ($1,$2)`, [id, signalIds[i]]);
    }
    return { sessionIds, signalIds, taskIds };
  } finally {
    await client.end();
  }
}

/** `count` backlog tasks titled "Filler task <n>" with priority `score`, in one statement (a project with many tasks). */
export async function seedFillerTasks(projectId: string, count: number, score: number) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Task" ("id","projectId","title","description","status","priorityScore","priorityLabel","priorityBreakdown","signalCount","sessionCount","createdAt","updatedAt")
       SELECT 'filler_' || md5($1 || g), $1, 'Filler task ' || g, '', 'backlog', $3, 'high', '{}'::jsonb, 0, 0, now(), now()
       FROM generate_series(1, $2::int) g`,
      [projectId, count, score],
    );
  } finally {
    await client.end();
  }
}
