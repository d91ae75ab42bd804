// The interviewer's language instruction (issue #17). It is per-session text, so it follows the
// cached prefix (prompt.ts): English sessions get none and keep today's prompt exactly.
import { englishLanguageName, sameLanguage } from "@/lib/languages/supported";

export function languageInstruction(language: string | null | undefined): string | null {
  if (!language || sameLanguage(language, "en")) return null;
  const name = englishLanguageName(language);
  return `Language: conduct the whole interview in ${name} (${language}). Every message you write — greeting, questions, acknowledgements and the closing — is in natural, conversational ${name}, even though these instructions are in English. When you echo the participant's words, quote them exactly as they wrote them. If the participant switches to another language, continue in the language they use.`;
}
