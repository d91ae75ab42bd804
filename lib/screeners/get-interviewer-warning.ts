// The interviewer warning for a project's dashboard: the server's AI configuration and how many of
// the project's screeners are active (or, in a screener's builder, whether that one is).
import type { ScreenerStatus } from "@/generated/prisma/enums";
import { isAnthropicConfigured } from "@/lib/ai/anthropic";
import { db } from "@/lib/db";
import { interviewerSetupWarning, type InterviewerWarning } from "./interviewer-warning";

export async function getInterviewerWarning(
  input: { projectId: string } | { screenerStatus: ScreenerStatus },
): Promise<InterviewerWarning | null> {
  const interviewerConfigured = isAnthropicConfigured();
  if (interviewerConfigured) return interviewerSetupWarning({ interviewerConfigured, activeScreeners: 0 }); // no query needed
  const activeScreeners =
    "screenerStatus" in input
      ? input.screenerStatus === "active"
        ? 1
        : 0
      : await db.screener.count({ where: { projectId: input.projectId, status: "active" } });
  return interviewerSetupWarning({ interviewerConfigured, activeScreeners });
}
