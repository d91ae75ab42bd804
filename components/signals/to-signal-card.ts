// What one card of the signals explorer needs, and nothing else. The list is a client component: its
// props travel in the page's RSC payload as compact data (rendered on the server as HTML too), which
// is far lighter than a server-rendered tree, whose every element and class name is sent twice.
// The session becomes its label; unused columns (projectId, timestamps, ids) stay on the server.
import type { SignalType } from "@/generated/prisma/enums";
import { participantLabel } from "@/components/sessions/format";

export interface SignalCard {
  id: string;
  type: SignalType;
  quote: string;
  /** the quote's language and its translation into the research language (issue #17) */
  language: string | null;
  translation: string | null;
  context: string | null;
  analysis: string | null;
  intensity: number;
  confidence: number;
  offsetMs: number | null;
  createdAt: Date;
  sessionId: string;
  /** the participant's name, e-mail or "Anonymous participant" */
  from: string;
  tasks: { id: string; title: string }[];
}

export function toSignalCard(
  s: Omit<SignalCard, "sessionId" | "from"> & {
    session: { id: string; participantName: string | null; participantEmail: string | null };
  },
): SignalCard {
  return {
    id: s.id,
    type: s.type,
    quote: s.quote,
    language: s.language,
    translation: s.translation,
    context: s.context,
    analysis: s.analysis,
    intensity: s.intensity,
    confidence: s.confidence,
    offsetMs: s.offsetMs,
    createdAt: s.createdAt,
    sessionId: s.session.id,
    from: participantLabel(s.session),
    tasks: s.tasks,
  };
}
