// Which SMTP server outgoing mail uses. Production never guesses: without EMAIL_SERVER every send
// fails (the job fails and /api/health says why) rather than writing mail to a log. Elsewhere an
// unset EMAIL_SERVER means the local catcher `npm run dev` starts.
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEV_CATCHER_SMTP_URL } from "./dev-catcher";

/** Why mail cannot be sent with this configuration, or null. */
export function emailConfigProblem(e: Pick<Env, "NODE_ENV" | "EMAIL_SERVER">): string | null {
  if (e.EMAIL_SERVER || e.NODE_ENV !== "production") return null;
  return "Email is not configured: set EMAIL_SERVER (an smtp:// or smtps:// URL); until then invitations and notices are not sent.";
}

/** The SMTP URL to send through; throws the config problem in production without one. */
export function smtpUrl(e: Pick<Env, "NODE_ENV" | "EMAIL_SERVER">): string {
  const problem = emailConfigProblem(e);
  // service_unavailable is final for the job policy: retrying cannot configure the server
  if (problem) throw new AppError("service_unavailable", problem);
  return e.EMAIL_SERVER ?? DEV_CATCHER_SMTP_URL;
}
