// The one mailer: nodemailer's SMTP transport to EMAIL_SERVER (or the development catcher), from
// EMAIL_FROM. Every mail the app sends goes through here, with its text and HTML parts.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { smtpUrl } from "./mail-config";
import type { RenderedEmail } from "./render";

export interface OutgoingMail extends RenderedEmail {
  to: string;
  /** a stable id (e.g. "invitation.<id>"): becomes the Message-ID, so a resend is recognisable as the same mail */
  messageId?: string;
}

let cached: { url: string; transport: nodemailer.Transporter } | undefined;

function transport(url: string) {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/** A 5xx SMTP reply is permanent (unknown mailbox, refused sender): resending the same mail cannot help. */
function permanentRefusal(e: unknown): AppError | null {
  const code = (e as { responseCode?: unknown }).responseCode;
  if (typeof code !== "number" || code < 500 || code > 599) return null;
  return new AppError("unprocessable", `The mail server refused the mail: ${(e as Error).message}`);
}

/**
 * Sends one mail. Throws when the server cannot be reached or answers 4xx (the caller's job
 * retries) and an AppError("unprocessable") when it refuses the mail for good (5xx).
 */
export async function sendMail(mail: OutgoingMail) {
  const e = env();
  const url = smtpUrl(e);
  const from = e.EMAIL_FROM;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "usertests.local";
  const info = await transport(url)
    .sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId ? `<${mail.messageId}@${domain}>` : undefined,
      // mail clients show their own "Unsubscribe" for a participant mail; the link is the same opt-out page
      ...(mail.optOutUrl ? { list: { unsubscribe: mail.optOutUrl } } : {}),
    })
    .catch((e: unknown) => {
      throw permanentRefusal(e) ?? e;
    });
  if (info.rejected.length) throw new AppError("unprocessable", `The mail server refused the recipient (${info.response})`);
  return { messageId: info.messageId };
}
