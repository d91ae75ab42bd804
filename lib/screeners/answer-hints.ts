// The instruction a public screener adds under a multiple-choice question. Researchers often write
// it themselves as the question's help text ("Select all that apply."), and the page then said it
// twice: the form adds it only when the help text does not already tell people to pick several.

export const MULTIPLE_CHOICE_HINT = "Select all that apply.";

const SAYS_PICK_SEVERAL =
  /\b(all|any|every|each|one or more|several|multiple)\b[^.]*\b(apply|applies|relevant|that fit|you use)\b|\b(select|choose|pick|tick|check) (all|any|several|one or more|multiple|as many)\b/i;

/** The hint to show under a multiple-choice question with this help text, or null when the help text already says it. */
export function multipleChoiceHint(helpText: string | null | undefined): string | null {
  return helpText && SAYS_PICK_SEVERAL.test(helpText) ? null : MULTIPLE_CHOICE_HINT;
}
