// Did the problem go away? For a merged implementation, compares the share of completed, processed
// sessions that produced evidence matching the task before and after the merge, over two windows of
// equal length (the configured window, or the time since the merge when that is shorter).
// "Matching" is the task's own pattern: signals linked to the task, or signals whose topic is similar
// to the task's title or to the topics of the evidence it had at merge time (the same similarity as
// task matching). New signals after a merge are not linked to a done task, hence the similarity.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { contentWords, MATCH_THRESHOLD, similarity } from "@/lib/tasks/match-signals";
import { judgeImpact, type SideCounts } from "./verdict";

const DAY_MS = 86_400_000;

async function countSide(input: { projectId: string; taskId: string; from: Date; to: Date; patterns: Set<string>[] }): Promise<SideCounts> {
  const sessions = await db.session.findMany({
    where: {
      projectId: input.projectId,
      status: "completed",
      processingStatus: "processed",
      completedAt: { gte: input.from, lt: input.to },
    },
    select: {
      id: true,
      signals: { select: { topic: true, quote: true, tasks: { where: { taskId: input.taskId }, select: { taskId: true } } } },
    },
  });
  const hits = sessions.filter((s) =>
    s.signals.some((sig) => {
      if (sig.tasks.length) return true;
      const words = contentWords(sig.topic ?? sig.quote);
      return input.patterns.some((p) => similarity(words, p) >= MATCH_THRESHOLD);
    }),
  ).length;
  return { sessions: sessions.length, hits };
}

export async function measureImpact(input: { projectId: string; taskId: string; implementationId?: string; now?: Date }) {
  const now = input.now ?? new Date();
  const implementation = await db.implementation.findFirst({
    where: {
      projectId: input.projectId,
      taskId: input.taskId,
      status: "merged",
      mergedAt: { not: null },
      ...(input.implementationId ? { id: input.implementationId } : {}),
    },
    orderBy: { mergedAt: "desc" },
    include: { task: { include: { signals: { include: { signal: { select: { topic: true, createdAt: true } } } } } } },
  });
  if (!implementation) {
    const task = await db.task.findFirst({ where: { id: input.taskId, projectId: input.projectId }, select: { id: true } });
    if (!task) throw notFound("Task");
    throw new AppError("conflict", "Nothing to measure yet: the task has no merged pull request");
  }
  const mergedAt = implementation.mergedAt!;
  const { IMPACT_WINDOW_DAYS: windowDays, IMPACT_MIN_SESSIONS: minSessions } = env();
  const length = Math.max(0, Math.min(windowDays * DAY_MS, now.getTime() - mergedAt.getTime()));
  const baselineFrom = new Date(mergedAt.getTime() - length);
  const currentTo = new Date(mergedAt.getTime() + length);

  const topics = implementation.task.signals
    .filter((l) => l.signal.createdAt <= mergedAt && l.signal.topic)
    .map((l) => l.signal.topic as string);
  const patterns = [...new Set([implementation.task.title, ...topics])].map(contentWords).filter((p) => p.size > 0);
  const common = { projectId: input.projectId, taskId: input.taskId, patterns };
  const baseline = await countSide({ ...common, from: baselineFrom, to: mergedAt });
  const current = await countSide({ ...common, from: mergedAt, to: currentTo });
  const result = judgeImpact(baseline, current, minSessions);

  const measurementData = {
    taskId: input.taskId,
    implementationId: implementation.id,
    windowDays,
    baselineFrom,
    baselineTo: mergedAt,
    currentFrom: mergedAt,
    currentTo,
    baselineRate: result.baselineRate,
    currentRate: result.currentRate,
    baselineSessions: baseline.sessions,
    currentSessions: current.sessions,
    changePercent: result.changePercent,
    verdict: result.verdict,
  };
  return db.$transaction(async (tx) => {
    const measurement = await tx.measurement.create({ data: measurementData });
    await emitProjectEvent(tx, {
      projectId: input.projectId,
      type: "impact.measured",
      messageId: `impact.measured.${measurement.id}`,
      data: {
        taskId: input.taskId,
        implementationId: implementation.id,
        measurementId: measurement.id,
        verdict: measurement.verdict,
        changePercent: measurement.changePercent,
        baselineSessions: measurement.baselineSessions,
        currentSessions: measurement.currentSessions,
      },
    });
    return measurement;
  });
}

export type MeasurementRow = Awaited<ReturnType<typeof measureImpact>>;
