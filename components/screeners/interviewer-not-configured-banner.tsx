// Dashboard warning (overview, screeners list, an active screener's builder) when participants who
// qualify reach an interview that cannot start because ANTHROPIC_API_KEY is not set. Same look as
// the processing-paused banner in the project layout.
import { Alert } from "@/components/ui/alert";
import type { ScreenerStatus } from "@/generated/prisma/enums";
import { getInterviewerWarning } from "@/lib/screeners/get-interviewer-warning";
import type { InterviewerWarning } from "@/lib/screeners/interviewer-warning";

export function InterviewerWarningAlert({ warning }: { warning: InterviewerWarning }) {
  return (
    <div data-testid="interviewer-not-configured">
      <Alert tone="warning" title={warning.title}>
        <p>{warning.impact}</p>
        <p className="mt-1">{warning.remedy} See docs/runbook.md, section 6 (Common issues).</p>
      </Alert>
    </div>
  );
}

export async function InterviewerNotConfiguredBanner(props: { projectId: string } | { screenerStatus: ScreenerStatus }) {
  const warning = await getInterviewerWarning(props);
  return warning ? <InterviewerWarningAlert warning={warning} /> : null;
}
