// The screener form checks answers in the browser with the same pure code as the server
// (lib/screeners/evaluate-screener.ts), which words its messages in English. The form shows them in
// the participant's language: each known message maps to a catalogue key (participant.answer.*)
// with its numbers as arguments. An unknown message (a newer check) is shown as it is.
type AnswerErrorKey =
  | "required"
  | "scale"
  | "number"
  | "numberMin"
  | "numberMax"
  | "date"
  | "chooseOne"
  | "chooseFromList"
  | "chooseOnce"
  | "text"
  | "textLength";

const PATTERNS: [RegExp, AnswerErrorKey, ...string[]][] = [
  [/^This question is required\.$/, "required"],
  [/^Choose a value from (.+) to (.+)\.$/, "scale", "min", "max"],
  [/^Enter a number\.$/, "number"],
  [/^Enter a number of at least (.+)\.$/, "numberMin", "min"],
  [/^Enter a number of at most (.+)\.$/, "numberMax", "max"],
  [/^Enter a date as YYYY-MM-DD\.$/, "date"],
  [/^Choose one of the options\.$/, "chooseOne"],
  [/^Choose options from the list\.$/, "chooseFromList"],
  [/^Choose each option at most once\.$/, "chooseOnce"],
  [/^Enter your answer as text\.$/, "text"],
  [/^Keep your answer under (.+) characters\.$/, "textLength", "max"],
];

export function answerErrorKey(message: string): { key: AnswerErrorKey; values: Record<string, string> } | null {
  for (const [pattern, key, ...names] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return { key, values: Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) };
  }
  return null;
}

/** The message in the page's language: `t` is useTranslations("participant.answer"). */
export function translateAnswerError(message: string, t: (key: AnswerErrorKey, values?: Record<string, string>) => string): string {
  const known = answerErrorKey(message);
  return known ? t(known.key, known.values) : message;
}
