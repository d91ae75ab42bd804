// The development catcher `npm run dev` starts without EMAIL_SERVER: mail sent to its SMTP port is
// listed on its web page (names escaped), and a message's HTML is only served under a CSP sandbox.
import nodemailer from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcher } from "@/scripts/lib/mail-catcher";

const catcher = await startMailCatcher({ smtpPort: 0, webPort: 0 });
afterAll(() => catcher.close());

describe("dev mail catcher", () => {
  it("lists caught mail on its page and sandboxes the HTML part", async () => {
    await nodemailer.createTransport(catcher.smtpUrl).sendMail({
      from: "UserTests <no-reply@usertests.local>",
      to: "someone@example.test",
      subject: "Hello <b>there</b>",
      text: "plain part",
      html: "<p>html part</p><script>parent.alert(1)</script>",
    });
    const caught = await catcher.waitFor((m) => m.subject === "Hello <b>there</b>");

    const list = await fetch(`${catcher.webUrl}/`);
    const page = await list.text();
    expect(page).toContain(`<a href="/messages/${caught.id}">Hello &#60;b&#62;there&#60;/b&#62;</a>`);
    expect(page).toContain("someone@example.test");

    const one = await (await fetch(`${catcher.webUrl}/messages/${caught.id}`)).text();
    expect(one).toContain("<pre>plain part");
    expect(one).toContain(`<iframe sandbox src="/messages/${caught.id}/html"`);

    const html = await fetch(`${catcher.webUrl}/messages/${caught.id}/html`);
    expect(html.headers.get("content-security-policy")).toMatch(/^sandbox;/);
    expect(await html.text()).toContain("<p>html part</p>");
    expect((await fetch(`${catcher.webUrl}/messages/999`)).status).toBe(404);
  });
});
