// Member invitations by mail, end to end against real PostgreSQL and a real SMTP server on
// loopback: creating one writes the mail request in the same transaction (with the accept link
// sealed, the plain token in no row), send-email (run by @inngest/test) delivers it, the received
// mail's link is followed to accept the invitation, and the invitations list says what happened.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as accept } from "@/app/api/v1/invitations/accept/route";
import { GET as listInvitations, POST as invite } from "@/app/api/v1/projects/[projectId]/invitations/route";
import { DELETE as revoke } from "@/app/api/v1/projects/[projectId]/invitations/[invitationId]/route";
import { sendEmailFunction } from "@/inngest/functions/send-email";
import { db } from "@/lib/db";
import { createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";
import { linkIn } from "../fakes/smtp-catcher";

// before any app module reads the environment (lib/env.ts caches it)
const smtp = await vi.hoisted(async () => {
  const { startSmtpCatcher } = await import("@/tests/fakes/smtp-catcher");
  const server = await startSmtpCatcher({ refuse: (address) => address.startsWith("bounce") });
  process.env.EMAIL_SERVER = server.smtpUrl;
  return server;
});
afterAll(() => smtp.close());

/** The mail request the invitation wrote, as the outbox would deliver it. */
async function queuedMail(invitationId: string) {
  const rows = await db.outboxEvent.findMany({ where: { name: "email/send.requested" } });
  const row = rows.find((r) => (r.payload as { targetId?: string }).targetId === invitationId);
  expect(row).toBeDefined();
  return row!;
}

async function runSendEmail(payload: unknown) {
  return new InngestTestEngine({
    function: sendEmailFunction,
    events: [{ name: "email/send.requested", data: payload as Record<string, unknown> }],
  }).execute();
}

describe("member invitation mail", () => {
  it("is queued with the invitation, sent over SMTP, and its link accepts the invitation", async () => {
    const owner = await createOwnerWithProject(db);
    await db.project.update({ where: { id: owner.project.id }, data: { name: "Checkout research" } });
    const params = { projectId: owner.project.id };
    const email = `invitee-${Date.now()}@example.test`;
    const created = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email, role: "member" } });
    expect(created.status).toBe(201);
    expect(created.json.invitation.emailDelivery).toMatchObject({ status: "queued" });
    const acceptUrl: string = created.json.acceptUrl;
    const token = acceptUrl.split("/").pop()!;

    // the request names the invitation; neither the address nor the token is readable in the row
    const row = await queuedMail(created.json.invitation.id);
    expect(row.payload).toMatchObject({
      template: "member_invitation",
      projectId: owner.project.id,
      messageId: `member_invitation.${created.json.invitation.id}`,
    });
    expect(JSON.stringify(row.payload)).not.toContain(token);
    expect(JSON.stringify(row.payload)).not.toContain(email);
    expect(sendEmailFunction.opts.idempotency).toBe("event.data.messageId");

    const { result, error } = await runSendEmail(row.payload);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ sent: true, template: "member_invitation" });

    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(email));
    expect(mail.parsed.from?.value).toEqual([{ name: "UserTests", address: "no-reply@usertests.local" }]);
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe("You are invited to Checkout research on UserTests");
    expect(mail.parsed.messageId).toBe(`<member_invitation.${created.json.invitation.id}@usertests.local>`);
    expect(mail.text).toContain("invited you to join the project “Checkout research” on UserTests as member");
    expect(mail.text).toContain("You received this because a member of “Checkout research” invited your address");
    expect(mail.html).toContain(`href="${acceptUrl}"`);
    const link = linkIn(mail.text, "http://localhost:3000/invite/");
    expect(link).toBe(acceptUrl);

    const listed = await callRoute(listInvitations, { token: owner.token, params });
    expect(listed.json.invitations[0].emailDelivery).toMatchObject({ status: "sent", reason: null });

    // follow the link: the invitee signs in with the invited address and accepts with the mailed token
    const invitee = await createUser(db, { email });
    const inviteeToken = await createApiTokenFor(db, { userId: invitee.id });
    const accepted = await callRoute(accept, { method: "POST", token: inviteeToken, body: { token: link.split("/").pop() } });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ projectId: owner.project.id, role: "member", projectName: "Checkout research" });
    expect(await db.membership.count({ where: { projectId: owner.project.id, userId: invitee.id } })).toBe(1);
  });

  it("an invitation revoked before the mail went out is not mailed, and the list says so", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    const email = `revoked-${Date.now()}@example.test`;
    const created = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email } });
    const id = created.json.invitation.id;
    expect((await callRoute(revoke, { method: "DELETE", token: owner.token, params: { ...params, invitationId: id } })).status).toBe(200);

    const { result, error } = await runSendEmail((await queuedMail(id)).payload);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ sent: false, skipped: "The invitation is no longer pending" });
    expect(smtp.messages.some((m) => m.envelopeTo.includes(email))).toBe(false);
    const listed = await callRoute(listInvitations, { token: owner.token, params });
    expect(listed.json.invitations.find((i: { id: string }) => i.id === id).emailDelivery).toMatchObject({ status: "skipped" });
  });

  it("a recipient the server refuses (550) fails the job at once and the list shows 'failed' without the address", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    const email = `bounce-${Date.now()}@example.test`;
    const created = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email } });
    const id = created.json.invitation.id;

    const { error } = await runSendEmail((await queuedMail(id)).payload);
    expect(error).toBeDefined();
    const listed = await callRoute(listInvitations, { token: owner.token, params });
    const delivery = listed.json.invitations.find((i: { id: string }) => i.id === id).emailDelivery;
    expect(delivery.status).toBe("failed");
    expect(delivery.reason).toContain("The mail server refused the mail");
    expect(delivery.reason).not.toContain(email);
    const audit = await db.auditEvent.findMany({ where: { projectId: owner.project.id, action: "email.failed" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain(email);
  });
});
