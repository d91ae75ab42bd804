// Which languages a session's analysis deals with (issue #17): the quotes' language (the session's)
// and the research language the team reads. When they differ, extraction asks for a translation of
// every quote and writes topics, context and analysis in the research language; the summary too.
import { db } from "@/lib/db";
import { englishLanguageName, sameLanguage } from "@/lib/languages/supported";

export interface AnalysisLanguages {
  /** the session's language (null: unknown, treated as the research language) */
  session: string | null;
  research: string;
}

export async function loadAnalysisLanguages(sessionId: string): Promise<AnalysisLanguages> {
  const s = await db.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { language: true, project: { select: { researchLanguage: true } } },
  });
  return { session: s.language, research: s.project.researchLanguage };
}

/** Quotes need a translation when the session's language is known and is not the research language. */
export function needsTranslation(l: AnalysisLanguages | undefined): boolean {
  return !!l?.session && !sameLanguage(l.session, l.research);
}

/**
 * The per-session language note appended to the extraction request (after the cached system prompt
 * and tool schema, so those stay identical for every language).
 */
export function extractionLanguageNote(l: AnalysisLanguages | undefined): string | null {
  if (!l) return null;
  const research = englishLanguageName(l.research);
  if (!needsTranslation(l)) {
    return sameLanguage(l.research, "en")
      ? null
      : `Languages: write "topic", "context" and "analysis" in ${research}. Leave "translation" out.`;
  }
  const spoken = englishLanguageName(l.session);
  return `Languages: the participant spoke ${spoken}. Keep every "quote" verbatim in ${spoken}, exactly as written in the timeline (never translate a quote). Put its ${research} translation in "translation". Write "topic", "context" and "analysis" in ${research}.`;
}

export function summaryLanguageNote(l: AnalysisLanguages | undefined): string | null {
  if (!l || sameLanguage(l.research, "en")) return null;
  return `Write the summary in ${englishLanguageName(l.research)}.`;
}
