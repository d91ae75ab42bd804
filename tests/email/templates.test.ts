// Every template gives a text and an HTML part naming the project and why the mail was sent; the
// HTML escapes every interpolated value (a project called `<script>…` arrives as text), checked on
// the mail as received by a real SMTP server. Production without EMAIL_SERVER refuses to send.
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { emailConfigProblem, smtpUrl } from "@/lib/email/mail-config";
import { escapeHtml } from "@/lib/email/render";
import { sendMail } from "@/lib/email/send-mail";
import { exportReadyEmail } from "@/lib/email/templates/export-ready";
import { memberInvitationEmail } from "@/lib/email/templates/member-invitation";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";

const smtp = await vi.hoisted(async () => {
  const { startSmtpCatcher } = await import("@/tests/fakes/smtp-catcher");
  const server = await startSmtpCatcher();
  process.env.EMAIL_SERVER = server.smtpUrl;
  return server;
});
afterAll(() => smtp.close());

const HOSTILE = `<script>alert("x")</script> & "Co" 'Ltd'`;
const expiresAt = new Date("2026-12-20T10:00:00Z");

describe("templates", () => {
  it("a hostile project name is text in the HTML part, as received over SMTP, and whole in the text part", async () => {
    const to = `escape-${Date.now()}@example.test`;
    const mail = memberInvitationEmail({
      projectName: HOSTILE,
      inviterName: `<img src=x onerror=alert(1)>`,
      role: "admin",
      url: "http://localhost:3000/invite/ut_inv_abc?x=1&y=2",
      expiresAt,
    });
    await sendMail({ ...mail, to, messageId: "test.escape" });
    const got = await smtp.waitFor((m) => m.envelopeTo.includes(to));
    expect(got.html).not.toContain("<script>");
    expect(got.html).not.toContain("<img");
    expect(got.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot; &#39;Ltd&#39;");
    expect(got.html).toContain('href="http://localhost:3000/invite/ut_inv_abc?x=1&amp;y=2"');
    expect(got.text).toContain(`the project “${HOSTILE}” on UserTests as admin`);
    expect(got.subject).toBe(`You are invited to ${HOSTILE} on UserTests`);
  });

  it("a newline in a name cannot start a header of its own", () => {
    const mail = exportReadyEmail({
      projectName: "A\r\nBcc: victim@example.test",
      kind: "project",
      url: "http://x.test/",
      expiresAt: null,
    });
    expect(mail.subject).toBe("Your export of A Bcc: victim@example.test is ready");
  });

  it.each([
    [
      "sign-in link",
      signInLinkEmail({ url: "http://localhost:3000/api/auth/callback/email?token=t", host: "localhost:3000", expiresInMinutes: 15 }),
      "UserTests",
      "a sign-in link was requested",
    ],
    [
      "invitation",
      memberInvitationEmail({ projectName: "P1", inviterName: "Ana", role: "member", url: "http://l/invite/t", expiresAt }),
      "P1",
      "invited your address",
    ],
    [
      "export ready",
      exportReadyEmail({ projectName: "P2", kind: "participant", url: "http://l/p", expiresAt }),
      "P2",
      "you requested a data export",
    ],
  ])("%s: text and HTML both name the project and the reason", (_name, mail, project, reason) => {
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(project);
      expect(part).toContain(reason);
    }
    expect(mail.subject).toContain(project);
  });

  it("escapeHtml covers the five HTML specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("mail configuration", () => {
  const base = { DATABASE_URL: "postgresql://x@127.0.0.1/db", AUTH_SECRET: "0123456789abcdef0123" };
  it("production without EMAIL_SERVER fails loudly (and health names the problem); development uses the local catcher", () => {
    const prod = parseEnv({ ...base, NODE_ENV: "production" });
    expect(emailConfigProblem(prod)).toContain("set EMAIL_SERVER");
    expect(() => smtpUrl(prod)).toThrow(/Email is not configured/);
    expect(smtpUrl(parseEnv({ ...base, NODE_ENV: "development" }))).toBe("smtp://127.0.0.1:1025");
    expect(smtpUrl(parseEnv({ ...base, NODE_ENV: "production", EMAIL_SERVER: "smtps://u:p@mail.example.test" }))).toBe(
      "smtps://u:p@mail.example.test",
    );
  });
});
