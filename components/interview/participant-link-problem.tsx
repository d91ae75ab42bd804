// What a participant page shows when its link cannot be used, in the page's language (issue #17).
import { PublicNotice, PublicShell } from "@/components/screeners/public-shell";
import { ParticipantIntl, type ParticipantPageIntl } from "@/lib/i18n/participant-intl";

const KEYS = { missing_key: "missingKey", invalid_key: "invalidKey", not_found: "notFound" } as const;

export function ParticipantLinkProblem({ kind, intl }: { kind: keyof typeof KEYS; intl: ParticipantPageIntl }) {
  return (
    <ParticipantIntl intl={intl}>
      <PublicShell>
        <PublicNotice icon="warning" title={intl.t(`linkProblem.${KEYS[kind]}.title`)} testId="participant-link-problem">
          {intl.t(`linkProblem.${KEYS[kind]}.body`)}
        </PublicNotice>
      </PublicShell>
    </ParticipantIntl>
  );
}
