// A Slack incoming-webhook URL: in production exactly https://hooks.slack.com/…; elsewhere any http(s)
// target the integration policy allows (a loopback fake in tests).
import { AppError } from "@/lib/errors";
import { checkTargetUrl, type ResolveHost } from "@/lib/integrations/network/check-target-url";
import type { TargetPolicy } from "@/lib/integrations/network/target-policy";

export async function checkSlackUrl(raw: string, policy: TargetPolicy, options: { resolve?: ResolveHost } = {}) {
  const url = await checkTargetUrl(raw, policy, options);
  if (policy.requireHttps && (url.hostname !== "hooks.slack.com" || !url.pathname.startsWith("/services/"))) {
    const message = "must be a Slack incoming-webhook URL (https://hooks.slack.com/services/…)";
    throw new AppError("validation_failed", message, { fields: { url: [message] } });
  }
  return url;
}
