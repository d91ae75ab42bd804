import type { SignalType } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { redactText } from "@/lib/privacy/redact-pii";
import { TASK_VIEW_EVIDENCE_LIMIT } from "@/lib/tasks/get-task-view";
import { clipSegments } from "./clip-segments";
import { type ClipWindow, clipWindow } from "./clip-window";
import { resolveShareLink } from "./resolve-share-link";

/** The shared page shows the start of a long description; the rest is internal working detail. */
export const SHARED_DESCRIPTION_CHARS = 600;

export interface SharedQuote {
  signalId: string;
  type: SignalType;
  /** always redacted (ADR 015), whatever the project's keep-original setting */
  quote: string;
  /** participants are numbered in the order of their sessions: never a name, email or id */
  participant: number;
  momentMs: number | null;
  audio: ClipWindow | null;
  screen: ClipWindow | null;
}

export type SharedEvidence =
  | { state: "unknown" | "revoked" | "expired" }
  | {
      state: "active";
      kind: "task" | "signal";
      projectName: string;
      title: string;
      description: string;
      expiresAt: Date;
      quotes: SharedQuote[];
    };

const signalSelect = {
  id: true,
  type: true,
  quote: true,
  offsetMs: true,
  session: { select: { id: true, createdAt: true } },
} as const;

/**
 * What a share link's public page shows, and a view counted when `countView`. Everything a person
 * wrote is redacted here, and no participant identity leaves the server: not even session ids.
 */
export async function getSharedEvidence(input: { token: string; countView?: boolean }): Promise<SharedEvidence> {
  const resolved = await resolveShareLink(input.token);
  if (resolved.state !== "active") return resolved;
  const { link } = resolved;
  const project = await db.project.findUniqueOrThrow({ where: { id: link.projectId }, select: { name: true } });

  let title: string;
  let description: string;
  let signals: { id: string; type: SignalType; quote: string; offsetMs: number | null; session: { id: string; createdAt: Date } }[];
  if (link.taskId) {
    const task = await db.task.findUniqueOrThrow({ where: { id: link.taskId }, select: { title: true, description: true } });
    const links = await db.taskSignal.findMany({
      where: { taskId: link.taskId },
      orderBy: [{ signalIntensity: "desc" }, { signalCreatedAt: "desc" }],
      take: TASK_VIEW_EVIDENCE_LIMIT,
      select: { signal: { select: signalSelect } },
    });
    title = task.title;
    description = task.description;
    signals = links.map((l) => l.signal);
  } else {
    const signal = await db.signal.findUniqueOrThrow({
      where: { id: link.signalId! },
      select: { ...signalSelect, topic: true, context: true },
    });
    title = signal.topic ?? "What a participant said";
    description = signal.context ?? "";
    signals = [signal];
  }

  const sessionOrder = [...new Map(signals.map((s) => [s.session.id, s.session.createdAt])).entries()].sort(
    (a, b) => a[1].getTime() - b[1].getTime(),
  );
  const number = new Map(sessionOrder.map(([id], i) => [id, i + 1]));
  const media = await clipSegments(sessionOrder.map(([id]) => id));
  const quotes = signals.map((s) => {
    const segments = media.get(s.session.id);
    return {
      signalId: s.id,
      type: s.type,
      quote: redactText(s.quote),
      participant: number.get(s.session.id)!,
      momentMs: s.offsetMs,
      audio: s.offsetMs !== null && segments ? clipWindow(segments.audio, s.offsetMs) : null,
      screen: s.offsetMs !== null && segments ? clipWindow(segments.screen, s.offsetMs) : null,
    };
  });

  if (input.countView) {
    await db.shareLink.update({ where: { id: link.id }, data: { viewCount: { increment: 1 }, lastViewedAt: new Date() } });
  }
  return {
    state: "active",
    kind: link.taskId ? "task" : "signal",
    projectName: project.name,
    title: redactText(title),
    description: shorten(redactText(description.trim()), SHARED_DESCRIPTION_CHARS),
    expiresAt: link.expiresAt,
    quotes,
  };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
