// A follow-up scenario for the interviewer and processing tests: a task whose pull request is merged
// with acceptance criteria, the participant's earlier session with their words linked to the task, and
// a follow-up session opened from their invitation (made directly, as the invitation link would).
import { randomUUID } from "node:crypto";
import type { SessionStatus } from "@/generated/prisma/enums";
import type { DbClient } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";

export const CRITERIA = [
  "Invoices reach Xero without any manual step",
  "A failed export says which invoice failed and why",
  "Totals in Xero match the invoices to the cent",
];

export const EARLIER_QUOTE = "the export to Xero breaks and I redo it all by hand";

export async function followUpScenario(db: DbClient, options: { status?: SessionStatus; criteria?: string[]; participants?: number } = {}) {
  const { project, publicKey } = await createOwnerWithProject(db);
  const task = await db.task.create({
    data: {
      projectId: project.id,
      title: "Exporting invoices to accounting software",
      description: "Invoices do not reach Xero reliably.",
      status: "done",
    },
  });
  const implementation = await db.implementation.create({
    data: {
      projectId: project.id,
      taskId: task.id,
      status: "merged",
      mergedAt: new Date(),
      acceptanceCriteria: options.criteria ?? CRITERIA,
      prTitle: "Send invoices to Xero automatically",
      prBody: [
        "This change comes from user research.",
        "",
        "### Objective",
        "",
        "Invoices are pushed to Xero when they are issued; failures are reported per invoice. Questions to ops@example.com.",
        "",
        "### What participants said",
        "",
        "- “another participant's words that must not reach this interview”",
      ].join("\n"),
    },
  });
  const sessions = [];
  for (let p = 0; p < (options.participants ?? 1); p++) {
    const earlier = await db.session.create({
      data: {
        projectId: project.id,
        status: "completed",
        processingStatus: "processed",
        participantEmail: `p${p}@example.test`,
        consentFollowUp: true,
      },
    });
    const signal = await db.signal.create({
      data: {
        projectId: project.id,
        sessionId: earlier.id,
        type: "struggling_moment",
        quote: EARLIER_QUOTE,
        confidence: 0.9,
        intensity: 0.9,
        offsetMs: 20_000,
      },
    });
    await db.taskSignal.create({ data: { taskId: task.id, signalId: signal.id } });
    // a signal of theirs about something else stays out of the follow-up
    await db.signal.create({
      data: {
        projectId: project.id,
        sessionId: earlier.id,
        type: "workaround",
        quote: "I print everything on Fridays",
        confidence: 0.8,
        intensity: 0.5,
      },
    });
    const status = options.status ?? "completed";
    const session = await db.session.create({
      data: {
        projectId: project.id,
        purpose: "follow_up",
        status,
        participantName: "Ana",
        participantEmail: `p${p}@example.test`,
        consentRecording: true,
        startedAt: status === "pending" ? null : new Date(Date.now() - 300_000),
        completedAt: status === "completed" ? new Date() : null,
      },
    });
    await db.followUpInvitation.create({
      data: {
        projectId: project.id,
        taskId: task.id,
        implementationId: implementation.id,
        participantEmail: `p${p}@example.test`,
        emailHash: `hash-${randomUUID()}`,
        tokenHash: `token-${randomUUID()}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        sourceSessionIds: [earlier.id],
        sessionId: session.id,
        status: "sent",
      },
    });
    sessions.push(session);
  }
  return { project, publicKey, task, implementation, session: sessions[0], sessions };
}

/** A follow-up conversation the fake interviewer would have had: each criterion asked about, then answered. */
export function followUpTranscript(answers: string[], criteria: string[] = CRITERIA): ["interviewer" | "participant", string][] {
  const lines: ["interviewer" | "participant", string][] = [
    ["interviewer", `Last time you told us "${EARLIER_QUOTE}". Could you try it now and tell me what happens?`],
    ["participant", "Okay, I issued three invoices just now."],
  ];
  criteria.forEach((c, i) => {
    if (answers[i] === undefined) return;
    lines.push(["interviewer", `Thanks. How did this part go for you: ${c}?`], ["participant", answers[i]]);
  });
  return lines;
}
