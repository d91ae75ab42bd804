// The invitation's way to the participant, end to end against real PostgreSQL and a real SMTP
// server on loopback: send-follow-up-invitations (run by @inngest/test) issues each personal link
// and queues the mail, send-email delivers it, and the link in the received mail opens the follow-up
// page, starts ONE follow-up session (a second Start re-enters it), and is used up once the
// interview ends. Expired and unknown links explain themselves; the opt-out link in the mail stops
// every further follow-up mail to that address in that project.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import * as startRoute from "@/app/api/v1/follow-up/[token]/start/route";
import * as optOutRoute from "@/app/api/v1/opt-out/[token]/route";
import * as invitationsRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/follow-up-invitations/route";
import { sendEmailFunction } from "@/inngest/functions/send-email";
import { sendFollowUpInvitationsFunction } from "@/inngest/functions/send-follow-up-invitations";
import { db } from "@/lib/db";
import { openFollowUpLink } from "@/lib/follow-up/follow-up-link";
import { describeOptOut } from "@/lib/follow-up/opt-out";
import { optOutToken } from "@/lib/privacy/opt-out-link";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { endSession } from "@/lib/sessions/end-session";
import { callRoute } from "../helpers/call-route";
import { linkIn } from "../fakes/smtp-catcher";
import { mergedTaskProject, participant, TASK } from "./fixtures";

// before any app module reads the environment (lib/env.ts caches it)
const smtp = await vi.hoisted(async () => {
  const { startSmtpCatcher } = await import("@/tests/fakes/smtp-catcher");
  const server = await startSmtpCatcher({ refuse: (address) => address.startsWith("bounce") });
  process.env.EMAIL_SERVER = server.smtpUrl;
  return server;
});
afterAll(() => smtp.close());

const APP = "http://localhost:3000";
type Fx = Awaited<ReturnType<typeof mergedTaskProject>>;

async function invite(fx: Fx, people: { email: string; name?: string }[]) {
  for (const p of people)
    await participant(db, { projectId: fx.projectId, taskId: fx.task.id, email: p.email, name: p.name, consent: { session: true } });
  const res = await callRoute(invitationsRoute.POST, {
    method: "POST",
    token: fx.token,
    params: { projectId: fx.projectId, taskId: fx.task.id },
    body: {},
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
}

const runSendInvitations = (fx: Fx, delaySeconds = 0) =>
  new InngestTestEngine({
    function: sendFollowUpInvitationsFunction,
    events: [{ name: "follow-up/invitations.requested", data: { projectId: fx.projectId, taskId: fx.task.id, delaySeconds } }],
    steps: [{ id: "wait-after-merge", handler: () => null }],
  }).execute();

/** Delivers every queued mail request of the project through send-email, as the outbox would. */
async function deliverMails(projectId: string, opts: { failing?: boolean } = {}) {
  const rows = await db.outboxEvent.findMany({ where: { name: "email/send.requested" }, orderBy: { createdAt: "asc" } });
  const mine = rows.filter((r) => (r.payload as { projectId?: string }).projectId === projectId);
  for (const row of mine) {
    const { error } = await new InngestTestEngine({
      function: sendEmailFunction,
      events: [{ name: "email/send.requested", data: row.payload as Record<string, unknown> }],
    }).execute();
    if (opts.failing) expect(error).toBeDefined();
    else expect(error).toBeUndefined();
  }
  return mine;
}

const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").pop()!);
const start = (token: string, consents = { recording: true, analytics: false }) =>
  callRoute(startRoute.POST, { method: "POST", params: { token }, body: { consents, language: "pt-BR" } });

describe("follow-up invitation mail", () => {
  it("reaches the participant, whose personal link opens one follow-up session, used up when it ends", async () => {
    const fx = await mergedTaskProject(db);
    const email = `ana-${Date.now()}@example.test`;
    await invite(fx, [{ email, name: "Ana" }]);

    const { result, error } = await runSendInvitations(fx);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ taskId: fx.task.id, queued: 1 });
    const invitation = await db.followUpInvitation.findFirstOrThrow({ where: { taskId: fx.task.id } });
    expect(invitation.status).toBe("sent");

    // the request names the invitation; the address and the link are not readable in it
    const queued = await deliverMails(fx.projectId);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).toMatchObject({ template: "follow_up_invitation", messageId: `follow_up_invitation.${invitation.id}` });
    expect(JSON.stringify(queued[0]!.payload)).not.toContain(email);
    expect(JSON.stringify(queued[0]!.payload)).not.toContain("ut_fu_");

    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(email));
    expect(mail.subject).toBe("Did our change help? A 10-minute follow-up for Invoicing study");
    expect(mail.text).toContain(`Hi Ana, you told us about “${TASK}” in an interview for Invoicing study.`);
    expect(mail.text).toContain("10 minutes");
    const link = linkIn(mail.text, `${APP}/u/follow-up/`);
    const optOutLink = linkIn(mail.text, `${APP}/u/opt-out/`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain(`href="${optOutLink}"`);
    // mail clients offer their own "Unsubscribe" from the List-Unsubscribe header: the same page
    expect(mail.parsed.headers.get("list")).toEqual({ unsubscribe: { url: optOutLink } });
    const token = tokenOf(link);
    expect(token).toMatch(/^ut_fu_/);
    // only its hash is stored
    expect(JSON.stringify(await db.followUpInvitation.findMany({ where: { taskId: fx.task.id } }))).not.toContain(token);
    expect((await db.followUpInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).sentAt).not.toBeNull();

    // a second run (a replayed event) mails nobody again
    expect((await runSendInvitations(fx)).result).toMatchObject({ queued: 0 });
    expect(await deliverMails(fx.projectId)).toHaveLength(1);

    // the page: what changed, and the first view is recorded
    const page = await openFollowUpLink({ token });
    expect(page).toMatchObject({ kind: "ok", projectName: "Invoicing study", taskTitle: TASK, participantName: "Ana", sessionId: null });
    expect(await db.followUpInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "opened" });

    // Start: one follow-up session with the consents given, then the interview room
    const started = await start(token);
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    const sessionId: string = started.json.sessionId;
    expect(started.json.interviewUrl).toBe(`/u/interview/${sessionId}?key=${encodeURIComponent(fx.publicKey)}`);
    expect(await db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      projectId: fx.projectId,
      purpose: "follow_up",
      participantEmail: email,
      participantName: "Ana",
      consentRecording: true,
      consentAnalytics: false,
      language: "pt",
      status: "pending",
    });
    // a second Start (a reload, another tab) re-enters the same session
    const again = await start(token);
    expect([again.status, again.json.sessionId, again.json.resumed]).toEqual([200, sessionId, true]);
    expect(await db.session.count({ where: { projectId: fx.projectId, purpose: "follow_up" } })).toBe(1);

    // the interview ends: the invitation is completed and the link used up
    await endSession({ sessionId, reason: "ended" });
    const done = await db.followUpInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(done.status).toBe("completed");
    expect(done.completedAt).not.toBeNull();
    const used = await start(token);
    expect(used.status).toBe(409);
    expect(used.json.error.message).toMatch(/already used/);
    expect(await openFollowUpLink({ token })).toMatchObject({ kind: "used" });
  });

  it("an unknown or expired link explains itself, and only the invitation's own token opens it", async () => {
    const fx = await mergedTaskProject(db);
    await invite(fx, [{ email: `ben-${Date.now()}@example.test` }]);
    await runSendInvitations(fx);
    await deliverMails(fx.projectId);
    const invitation = await db.followUpInvitation.findFirstOrThrow({ where: { taskId: fx.task.id } });
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(invitation.participantEmail));
    const token = tokenOf(linkIn(mail.text, `${APP}/u/follow-up/`));

    for (const wrong of ["ut_fu_guessed", "ut_pub_something", token.slice(0, -1)]) {
      expect(await openFollowUpLink({ token: wrong })).toEqual({ kind: "not_found" });
      expect((await start(wrong)).status).toBe(404);
    }
    await db.followUpInvitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await openFollowUpLink({ token })).toEqual({
      kind: "expired",
      projectName: "Invoicing study",
      contact: fx.owner.user.email,
      language: null,
    });
    const expired = await start(token);
    expect(expired.status).toBe(410);
    expect(expired.json.error.message).toMatch(/expired/);
    expect(await db.session.count({ where: { projectId: fx.projectId, purpose: "follow_up" } })).toBe(0);
  });

  it("the opt-out link stops every further follow-up mail to that address in that project", async () => {
    const fx = await mergedTaskProject(db);
    const email = `cy-${Date.now()}@example.test`;
    await invite(fx, [{ email }]);
    await runSendInvitations(fx);
    await deliverMails(fx.projectId);
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(email));
    const optOut = tokenOf(linkIn(mail.text, `${APP}/u/opt-out/`));

    // a forged or altered link opts nobody out
    const forged = optOutToken({ projectId: fx.projectId, emailHash: participantEmailHash("someone@example.test") }).replace(/.$/, "x");
    expect((await callRoute(optOutRoute.POST, { method: "POST", params: { token: forged } })).status).toBe(404);
    expect(await describeOptOut({ token: optOut.replace(fx.projectId, "other") })).toBeNull();

    expect(await describeOptOut({ token: optOut })).toEqual({ projectName: "Invoicing study", optedOut: false });
    // a second task of the project, with an invitation not sent yet
    const second = await db.task.create({ data: { projectId: fx.projectId, title: "Second task" } });
    await db.implementation.create({ data: { projectId: fx.projectId, taskId: second.id, status: "merged", mergedAt: new Date() } });
    const secondFx = { ...fx, task: second };
    await invite(secondFx, [{ email }]);

    const res = await callRoute(optOutRoute.POST, { method: "POST", params: { token: optOut } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ projectName: "Invoicing study", optedOut: true });
    expect((await callRoute(optOutRoute.POST, { method: "POST", params: { token: optOut } })).status).toBe(200); // idempotent
    expect(await describeOptOut({ token: optOut })).toMatchObject({ optedOut: true });
    expect(await db.followUpInvitation.findFirstOrThrow({ where: { taskId: second.id } })).toMatchObject({ status: "opted_out" });

    // nothing more is sent, and the address is no longer eligible
    expect((await runSendInvitations(secondFx)).result).toMatchObject({ queued: 0 });
    const list = await callRoute(invitationsRoute.GET, { token: fx.token, params: { projectId: fx.projectId, taskId: second.id } });
    expect(list.json.eligible).toEqual([]);
    expect(list.json.invitations.map((i: { status: string }) => i.status)).toEqual(["opted_out"]);
    // the link already in their inbox still works: opting out stops mail, not an interview they choose
    expect(await openFollowUpLink({ token: tokenOf(linkIn(mail.text, `${APP}/u/follow-up/`)) })).toMatchObject({ kind: "ok" });
  });

  it("waits the automatic delay, and a mail the server refuses for good marks the invitation failed with why", async () => {
    const fx = await mergedTaskProject(db);
    await invite(fx, [{ email: `bounce-${Date.now()}@example.test` }]);
    const engine = new InngestTestEngine({
      function: sendFollowUpInvitationsFunction,
      events: [
        { name: "follow-up/invitations.requested", data: { projectId: fx.projectId, taskId: fx.task.id, delaySeconds: 3 * 86_400 } },
      ],
    });
    const { ctx } = await engine.execute({ steps: [{ id: "wait-after-merge", handler: () => null }] });
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-after-merge", `${3 * 86_400}s`);

    await deliverMails(fx.projectId, { failing: true });
    const invitation = await db.followUpInvitation.findFirstOrThrow({ where: { taskId: fx.task.id } });
    expect(invitation.status).toBe("failed");
    expect(invitation.lastError).toMatch(/refused/);
    expect(invitation.lastError).not.toContain("bounce-");
  });
});
