// The email sign-in link through Auth.js itself: the sign-in form's POST makes Auth.js call our
// provider, which sends the link through lib/email to a real SMTP server on loopback; following the
// link from the received mail through Auth.js's callback signs the person in (a session cookie).
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { linkIn } from "../fakes/smtp-catcher";

const smtp = await vi.hoisted(async () => {
  const { startSmtpCatcher } = await import("@/tests/fakes/smtp-catcher");
  const server = await startSmtpCatcher();
  process.env.EMAIL_SERVER = server.smtpUrl;
  process.env.AUTH_URL = "http://localhost:3000";
  return server;
});
afterAll(() => smtp.close());

const { handlers } = await import("@/lib/auth");

/** name=value pairs of every Set-Cookie, for the next request's Cookie header. */
function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe("email sign-in link", () => {
  it("is mailed with text + HTML and, followed from the mail, signs the person in", async () => {
    const email = `signin-${Date.now()}@example.test`;
    const csrf = await handlers.GET(new NextRequest("http://localhost:3000/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const sent = await handlers.POST(
      new NextRequest("http://localhost:3000/api/auth/signin/email", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: "http://localhost:3000/projects" }).toString(),
      }),
    );
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).not.toContain("error");

    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(email));
    expect(mail.subject).toBe("Sign in to UserTests (localhost:3000)");
    expect(mail.text).toContain("The link works once and expires in 15 minutes.");
    const link = linkIn(mail.text, "http://localhost:3000/api/auth/callback/email");
    expect(mail.html).toContain(link.replaceAll("&", "&amp;"));

    const callback = await handlers.GET(new NextRequest(link, { headers: { cookie: cookiesOf(csrf) } }));
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("http://localhost:3000/projects");
    expect(callback.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).not.toBeNull();
    expect(await db.webSession.count({ where: { userId: user.id } })).toBe(1);

    // the link works once
    const again = await handlers.GET(new NextRequest(link));
    expect(again.headers.get("location")).toContain("error=Verification");
  });
});
