import { db } from "@/lib/db";
import { countSessions } from "@/lib/overview/count-sessions";
import { countSignalsByType, countTasksByStatus } from "@/lib/overview/count-by-kind";
import { recentSessions, topTasks } from "@/lib/overview/recent-and-top";
import { createReusedCounts } from "@/lib/overview/reused-counts";
import { countShippedAndVerified } from "@/lib/overview/shipped-and-verified";
import { weeklyActivity } from "@/lib/overview/weekly-activity";

/** How long the whole-project session and signal counts may be reused (the page says "every minute"). */
export const OVERVIEW_COUNTS_TTL_MS = 60_000;

// one per process, for every project: a thousand keys is a few hundred recently viewed projects
const reusedCounts = createReusedCounts({ ttlMs: OVERVIEW_COUNTS_TTL_MS, max: 1_000 });

/**
 * Everything the overview page shows. A fixed set of aggregate queries (COUNT … FILTER, GROUP BY,
 * date_trunc('week')) and two short lists: the number of queries and rows read into the app does
 * not grow with the project's sessions, signals or tasks. The session and signal aggregates scan
 * the whole project, so they are reused for a minute (`fresh` skips that); tasks, the top tasks and
 * the newest sessions are always live, so a move on the board shows at once.
 */
export async function getProjectOverview(input: { projectId: string; now?: Date; fresh?: boolean }) {
  const { projectId } = input;
  const reuse = <T extends object>(name: string, load: () => Promise<T>) =>
    input.fresh || input.now ? load() : reusedCounts(`overview:${projectId}:${name}`, load);
  const [sessions, signalsByType, tasksByStatus, weeks, recent, top, screeners, members, shipped] = await Promise.all([
    reuse("sessions", () => countSessions({ projectId })),
    reuse("signals", () => countSignalsByType({ projectId })),
    countTasksByStatus({ projectId }),
    reuse("weeks", () => weeklyActivity({ projectId, now: input.now })),
    recentSessions({ projectId }),
    topTasks({ projectId }),
    db.screener.groupBy({ by: ["status"], where: { projectId }, _count: { _all: true } }),
    db.membership.count({ where: { projectId } }),
    // live like the tasks: a verdict arriving shows at once
    countShippedAndVerified({ projectId }),
  ]);
  const signals = Object.values(signalsByType).reduce((a, b) => a + b, 0);
  const tasks = Object.values(tasksByStatus).reduce((a, b) => a + b, 0);
  return {
    sessions,
    signals,
    signalsByType,
    tasks,
    openTasks: tasks - tasksByStatus.done - tasksByStatus.wont_fix,
    tasksByStatus,
    weeks,
    recentSessions: recent,
    topTasks: top,
    screeners: screeners.reduce((a, s) => a + s._count._all, 0),
    activeScreeners: screeners.find((s) => s.status === "active")?._count._all ?? 0,
    members,
    /** tasks with a merged pull request, and those of them verified fixed by follow-up interviews (ADR 017) */
    shipped,
  };
}

export type ProjectOverview = Awaited<ReturnType<typeof getProjectOverview>>;
