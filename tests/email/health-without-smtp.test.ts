// Production without EMAIL_SERVER: /api/health is "degraded" and says mail is not sent, and a
// send fails at once (a final error, so the job gives up and the invitation shows "Not sent")
// instead of writing the mail anywhere else.
import { describe, expect, it, vi } from "vitest";
import { callRoute } from "../helpers/call-route";

vi.hoisted(() => {
  (process.env as Record<string, string | undefined>).NODE_ENV = "production";
  delete process.env.EMAIL_SERVER;
});

const health = await import("@/app/api/health/route");
const { sendMail } = await import("@/lib/email/send-mail");

describe("production without EMAIL_SERVER", () => {
  it("health names the problem and sending refuses", async () => {
    const res = await callRoute(health.GET);
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("degraded");
    expect(res.json.reasons).toContainEqual(expect.stringContaining("Email is not configured: set EMAIL_SERVER"));
    expect(res.json.configured.email).toBe("not configured (EMAIL_SERVER)");
    await expect(sendMail({ to: "a@example.test", subject: "s", text: "t", html: "<p>t</p>" })).rejects.toMatchObject({
      code: "service_unavailable",
    });
  });
});
