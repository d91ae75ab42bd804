// What a participant page shows when its link cannot be used.
import { ParticipantIntl } from "@/lib/i18n/participant-intl";
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";

const TEXT = {
  missing_key: [
    "This link is incomplete",
    "The link is missing its access key (the part that starts with ?key=). Please use the full link you were sent.",
  ],
  invalid_key: ["This link is not valid", "Its access key is wrong or has been replaced. Please ask the research team for a new link."],
  not_found: [
    "Interview not found",
    "This interview does not exist, or the link belongs to another study. Please check the link you were sent.",
  ],
} as const;

export function ParticipantLinkProblem({ kind, language }: { kind: keyof typeof TEXT; language: string }) {
  const [title, body] = TEXT[kind];
  return (
    <ParticipantIntl language={language}>
      <PublicShell>
        <PublicNotice icon="warning" title={title} testId="participant-link-problem">
          {body}
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
