import { AppError } from "@/lib/errors";
import { TargetUnreachableError } from "@/lib/integrations/network/guarded-post";
import { composeSlackMessage } from "./compose-slack-message";
import { postSlackMessage, SlackDeliveryError } from "./post-slack-message";

/** "Send test message": posted now, so the admin sees at once whether Slack accepted it. */
export async function sendSlackTest(input: { projectId: string }) {
  try {
    const sent = await postSlackMessage(input.projectId, composeSlackMessage({ kind: "test" }, null));
    if (!sent) throw new AppError("unprocessable", "Set a Slack webhook URL first");
  } catch (e) {
    if (e instanceof SlackDeliveryError || e instanceof TargetUnreachableError)
      throw new AppError("unprocessable", `Slack did not accept the test message: ${e.message}`);
    throw e;
  }
  return { sent: true };
}
