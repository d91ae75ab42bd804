// A task's evidence as the spec and the pull request use it: the strongest quotes (with links to the
// moment in the session), the signals acceptance criteria are derived from, and the counts of
// sessions and participants. Participants are numbered, never named: this text leaves the platform.
import type { SignalType, TaskStatus, TaskType } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { sessionMomentPath } from "@/lib/sessions/session-moment";

export interface EvidenceQuote {
  signalId: string;
  type: SignalType;
  quote: string;
  /** the quote in the project's research language, when the participant spoke another one (issue #17) */
  translation?: string | null;
  topic: string | null;
  participant: string;
  sessionId: string;
  offsetMs: number | null;
  link: string;
  strength: number;
}

export interface TaskEvidence {
  task: {
    id: string;
    projectId: string;
    title: string;
    description: string;
    type: TaskType;
    status: TaskStatus;
    priorityScore: number;
    priorityLabel: string;
  };
  quotes: EvidenceQuote[];
  /** desired_outcome and struggling_moment signals: what acceptance criteria are derived from */
  criteriaSources: EvidenceQuote[];
  sessionCount: number;
  participantCount: number;
  signalCount: number;
}

export function sessionMomentLink(projectId: string, sessionId: string, offsetMs: number | null): string {
  return new URL(sessionMomentPath(projectId, sessionId, offsetMs), env().APP_URL).toString();
}

export async function loadTaskEvidence(input: { projectId: string; taskId: string }): Promise<TaskEvidence> {
  const task = await db.task.findFirst({
    where: { id: input.taskId, projectId: input.projectId },
    include: {
      signals: {
        include: { signal: { include: { session: { select: { id: true, participantEmail: true, externalId: true, createdAt: true } } } } },
      },
    },
  });
  if (!task) throw notFound("Task");
  const signals = task.signals.map((l) => l.signal);
  // a participant is a person when we know who they are, otherwise one session
  const personOf = (s: (typeof signals)[number]) => s.session.participantEmail ?? s.session.externalId ?? `session:${s.session.id}`;
  const people = [...new Set([...signals].sort((a, b) => +a.session.createdAt - +b.session.createdAt).map(personOf))];
  const quotes: EvidenceQuote[] = signals
    .map((s) => ({
      signalId: s.id,
      type: s.type,
      quote: s.quote,
      translation: s.translation,
      topic: s.topic,
      participant: `Participant ${people.indexOf(personOf(s)) + 1}`,
      sessionId: s.sessionId,
      offsetMs: s.offsetMs,
      link: sessionMomentLink(task.projectId, s.sessionId, s.offsetMs),
      strength: s.intensity * s.confidence,
    }))
    .sort((a, b) => b.strength - a.strength || a.signalId.localeCompare(b.signalId));
  return {
    task: {
      id: task.id,
      projectId: task.projectId,
      title: task.title,
      description: task.description,
      type: task.type,
      status: task.status,
      priorityScore: task.priorityScore,
      priorityLabel: task.priorityLabel,
    },
    quotes,
    criteriaSources: quotes.filter((q) => q.type === "desired_outcome" || q.type === "struggling_moment"),
    sessionCount: new Set(signals.map((s) => s.sessionId)).size,
    participantCount: people.length,
    signalCount: signals.length,
  };
}
