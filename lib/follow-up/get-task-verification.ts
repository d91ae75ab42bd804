// "Did it work?" for one task: the merged pull request, the latest impact measurement, how far the
// follow-up invitations got, and per acceptance criterion the participants' verdicts with their quotes
// — combined by overallVerdict (ADR 017). Read by the task page, the API, the CLI, MCP and the PR
// comment, so all of them say the same. Participants are numbered, never named, and quotes are
// redacted for everyone (ADR 015): this view leaves the platform (GitHub, agents).
import type { CriterionVerdict } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { redactText } from "@/lib/privacy/redact-pii";
import { sessionMomentPath } from "@/lib/sessions/session-moment";
import { criteriaOf } from "./acceptance-criteria";
import { criteriaCountOf, MIN_CONFIDENCE, overallVerdict } from "./overall-verdict";

/** Quotes listed per criterion: a follow-up round is a handful of people; this bounds a pathological one. */
export const VERIFICATION_QUOTES_PER_CRITERION = 50;

export interface VerificationQuote {
  participant: string;
  verdict: CriterionVerdict;
  quote: string | null;
  confidence: number;
  /** false for "not tried" and for a confidence below MIN_CONFIDENCE: shown, not counted */
  counted: boolean;
  sessionId: string;
  offsetMs: number | null;
  /** the session page at the quote's moment: `momentPath` in the dashboard, `momentUrl` elsewhere */
  momentPath: string;
  momentUrl: string;
}

export async function getTaskVerification(input: { projectId: string; taskId: string }) {
  const task = await db.task.findFirst({
    where: { id: input.taskId, projectId: input.projectId },
    select: { id: true, projectId: true, title: true, status: true },
  });
  if (!task) throw notFound("Task");
  const merged = await db.implementation.findFirst({
    where: { taskId: task.id, status: "merged" },
    orderBy: [{ mergedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true, prNumber: true, prUrl: true, prTitle: true, repo: true, mergedAt: true, acceptanceCriteria: true, spec: true },
  });
  const [measurement, invitationGroups, rows] = await Promise.all([
    db.measurement.findFirst({ where: { taskId: task.id }, orderBy: { createdAt: "desc" } }),
    db.followUpInvitation.groupBy({ by: ["status"], where: { taskId: task.id }, _count: { _all: true } }),
    merged
      ? db.followUpVerdict.findMany({
          // verdicts about an earlier merge's criteria are not about this change (ADR 017)
          where: { taskId: task.id, ...(merged.mergedAt ? { createdAt: { gte: merged.mergedAt } } : {}) },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { sessionId: true, criterionIndex: true, criterion: true, verdict: true, quote: true, offsetMs: true, confidence: true },
        })
      : Promise.resolve([]),
  ]);

  // the spec's criteria (stored, or read back from an older spec); failing both, as many as the verdicts name
  const criteria = merged ? criteriaOf(merged) : [];
  const criteriaCount = criteriaCountOf(criteria, rows);
  const criterionText = (i: number) => criteria[i] ?? rows.find((r) => r.criterionIndex === i)?.criterion ?? "";
  const overall = overallVerdict({ criteriaCount, verdicts: rows, impact: measurement?.verdict ?? null });

  // "Participant 1" is whoever answered first, so numbers are stable as more answers arrive
  const numbers = new Map<string, number>();
  for (const r of rows) if (!numbers.has(r.sessionId)) numbers.set(r.sessionId, numbers.size + 1);
  const appUrl = env().APP_URL;
  const quote = (r: (typeof rows)[number]): VerificationQuote => {
    const momentPath = sessionMomentPath(task.projectId, r.sessionId, r.offsetMs);
    return {
      participant: `Participant ${numbers.get(r.sessionId)}`,
      verdict: r.verdict,
      quote: r.quote === null ? null : redactText(r.quote),
      confidence: r.confidence,
      counted: r.verdict !== "not_tried" && r.confidence >= MIN_CONFIDENCE,
      sessionId: r.sessionId,
      offsetMs: r.offsetMs,
      momentPath,
      momentUrl: new URL(momentPath, appUrl).toString(),
    };
  };

  const byStatus = Object.fromEntries(invitationGroups.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>;
  const n = (s: string) => byStatus[s] ?? 0;
  return {
    task,
    implementation: merged && {
      id: merged.id,
      prNumber: merged.prNumber,
      prUrl: merged.prUrl,
      prTitle: merged.prTitle,
      repo: merged.repo,
      mergedAt: merged.mergedAt,
    },
    impact: measurement && {
      verdict: measurement.verdict,
      baselineRate: measurement.baselineRate,
      currentRate: measurement.currentRate,
      baselineSessions: measurement.baselineSessions,
      currentSessions: measurement.currentSessions,
      changePercent: measurement.changePercent,
      windowDays: measurement.windowDays,
      measuredAt: measurement.createdAt,
    },
    // each status is where an invitation got to: an opened one was sent, a completed one opened
    invitations: {
      total: invitationGroups.reduce((sum, g) => sum + g._count._all, 0),
      pending: n("pending"),
      sent: n("sent") + n("opened") + n("completed"),
      opened: n("opened") + n("completed"),
      completed: n("completed"),
      failed: n("failed"),
      optedOut: n("opted_out"),
    },
    participants: numbers.size,
    criteria: overall.criteria.map((c) => ({
      index: c.index,
      criterion: redactText(criterionText(c.index)),
      status: c.status,
      counts: c.counts,
      counted: c.counted,
      quotes: rows
        .filter((r) => r.criterionIndex === c.index)
        .slice(0, VERIFICATION_QUOTES_PER_CRITERION)
        .map(quote),
    })),
    overall: {
      verdict: overall.verdict,
      label: overall.label,
      rule: overall.rule,
      reason: overall.reason,
      participants: overall.participants,
      impact: overall.impact,
      disagreement: overall.disagreement,
    },
  };
}

export type TaskVerification = Awaited<ReturnType<typeof getTaskVerification>>;
