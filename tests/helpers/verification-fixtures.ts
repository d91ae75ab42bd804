// A merged task with follow-up verdicts written directly (the follow-up interview and its extraction
// are tested on their own): the starting point of the "Did it work?" tests — the verification view,
// the PR comment, the overview count, the CLI and MCP.
import type { CriterionVerdict, MeasurementVerdict } from "@/generated/prisma/enums";
import type { DbClient } from "@/lib/db";

export const CRITERIA = ["Invoices reach Xero without a manual export", "A failed export says why and offers a retry"];

/** What each participant said, per criterion (in order); names and emails that must never show. */
export const PARTICIPANTS: { name: string; email: string; verdicts: [CriterionVerdict, string, number][] }[] = [
  {
    name: "Ana Lopez",
    email: "ana@example.test",
    verdicts: [
      ["fixed", "they just land in Xero now, I checked twice", 0.9],
      ["fixed", "when it failed it told me the token expired, mail me at ana.private@example.org", 0.85],
    ],
  },
  {
    name: "Ben Okafor",
    email: "ben@example.test",
    verdicts: [
      ["fixed", "no more exporting by hand, see #12 and ping @octocat", 0.8],
      ["not_tried", "I never had one fail since", 0.7],
    ],
  },
  {
    name: "Chloe Martin",
    email: "chloe@example.test",
    verdicts: [
      ["partly", "most of them arrive, the credit notes do not", 0.9],
      ["fixed", "I think it said something", 0.3],
    ],
  },
];

export async function mergedTaskWithVerdicts(
  db: DbClient,
  input: {
    projectId: string;
    participants?: typeof PARTICIPANTS;
    impact?: MeasurementVerdict | null;
    prNumber?: number;
    repo?: string;
    title?: string;
  },
) {
  const mergedAt = new Date(Date.now() - 3 * 86_400_000);
  const task = await db.task.create({
    data: { projectId: input.projectId, title: input.title ?? "Exporting invoices to accounting software", status: "done" },
  });
  const implementation = await db.implementation.create({
    data: {
      projectId: input.projectId,
      taskId: task.id,
      status: "merged",
      mergedAt,
      prNumber: input.prNumber ?? 7,
      prUrl: `https://github.test/${input.repo ?? "acme/web-app"}/pull/${input.prNumber ?? 7}`,
      prTitle: "Export invoices to Xero reliably",
      repo: input.repo ?? "acme/web-app",
      acceptanceCriteria: CRITERIA,
    },
  });
  if (input.impact)
    await db.measurement.create({
      data: {
        taskId: task.id,
        implementationId: implementation.id,
        windowDays: 14,
        baselineFrom: new Date(mergedAt.getTime() - 14 * 86_400_000),
        baselineTo: mergedAt,
        currentFrom: mergedAt,
        currentTo: new Date(),
        baselineRate: 0.5,
        currentRate: input.impact === "improved" ? 0.1 : 0.5,
        baselineSessions: 10,
        currentSessions: 10,
        changePercent: input.impact === "improved" ? -80 : 0,
        verdict: input.impact,
      },
    });
  const sessions = [];
  for (const [p, person] of (input.participants ?? PARTICIPANTS).entries()) {
    const session = await db.session.create({
      data: {
        projectId: input.projectId,
        participantName: person.name,
        participantEmail: person.email,
        status: "completed",
        processingStatus: "processed",
        completedAt: new Date(mergedAt.getTime() + (p + 1) * 3_600_000),
      },
    });
    sessions.push(session);
    for (const [criterionIndex, [verdict, quote, confidence]] of person.verdicts.entries())
      await db.followUpVerdict.create({
        data: {
          projectId: input.projectId,
          taskId: task.id,
          sessionId: session.id,
          criterionIndex,
          criterion: CRITERIA[criterionIndex],
          verdict,
          quote,
          offsetMs: 30_000 * (criterionIndex + 1),
          confidence,
          createdAt: new Date(mergedAt.getTime() + (p + 1) * 3_600_000 + criterionIndex),
        },
      });
  }
  return { task, implementation, sessions, mergedAt };
}
