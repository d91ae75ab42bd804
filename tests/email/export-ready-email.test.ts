// "Your export is ready": build-export's step after completing queues the mail, send-email sends it
// to the admin who asked, over a real SMTP server on loopback. The mail links to Settings → Privacy,
// never to the file; an export asked for with a secret key has no person to tell.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import * as exportsRoute from "@/app/api/v1/projects/[projectId]/exports/route";
import { buildExportFunction } from "@/inngest/functions/build-export";
import { sendEmailFunction } from "@/inngest/functions/send-email";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";
import { linkIn } from "../fakes/smtp-catcher";

const smtp = await vi.hoisted(async () => {
  const { startSmtpCatcher } = await import("@/tests/fakes/smtp-catcher");
  const server = await startSmtpCatcher();
  process.env.EMAIL_SERVER = server.smtpUrl;
  return server;
});
afterAll(() => smtp.close());

async function buildUpToTheMail(projectId: string, exportId: string) {
  const { error } = await new InngestTestEngine({
    function: buildExportFunction,
    events: [{ name: "privacy/export.requested", data: { projectId, exportId } }],
  }).executeStep("queue-ready-email");
  expect(error).toBeUndefined();
  const rows = await db.outboxEvent.findMany({ where: { name: "email/send.requested" } });
  return rows.filter((r) => (r.payload as { targetId?: string }).targetId === exportId);
}

describe("export-ready mail", () => {
  it("tells the requesting admin, once, with a link to Settings → Privacy", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    await db.project.update({ where: { id: projectId }, data: { name: "Onboarding study" } });
    const requested = await callRoute(exportsRoute.POST, {
      method: "POST",
      token: owner.token,
      params: { projectId },
      body: { kind: "project" },
    });
    expect(requested.status).toBe(202);
    const exportId: string = requested.json.export.id;

    const queued = await buildUpToTheMail(projectId, exportId);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).toMatchObject({ template: "export_ready", messageId: `export_ready.${exportId}` });

    const { result, error } = await new InngestTestEngine({
      function: sendEmailFunction,
      events: [{ name: "email/send.requested", data: queued[0]!.payload as Record<string, unknown> }],
    }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ sent: true });

    const mail = await smtp.waitFor((m) => m.subject.includes("Onboarding study"));
    expect(mail.envelopeTo).toEqual([owner.user.email]);
    expect(mail.subject).toBe("Your export of Onboarding study is ready");
    expect(mail.text).toContain("The project export you requested for “Onboarding study” is ready to download from Settings → Privacy.");
    expect(mail.text).toContain("You received this because you requested a data export of “Onboarding study”");
    const link = linkIn(mail.text, "http://localhost:3000/");
    expect(link).toBe(`http://localhost:3000/projects/${projectId}/settings#privacy`);
    expect(mail.html).toContain(`href="${link}"`);
    // the mail never carries the file or a download link
    expect(mail.parsed.attachments).toHaveLength(0);
    expect(mail.text).not.toContain("/download");
    expect(await db.auditEvent.count({ where: { projectId, action: "email.sent", targetType: "data_export", targetId: exportId } })).toBe(
      1,
    );
  });

  it("an export requested with a secret key mails nobody", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    const row = await db.dataExport.create({
      data: {
        projectId,
        kind: "project",
        requestedByKind: "secret_key",
        requestedById: "key_1",
        status: "completed",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const { requestExportReadyEmail } = await import("@/lib/notifications/queue-email");
    expect(await requestExportReadyEmail({ exportId: row.id })).toEqual({ queued: true });
    const queued = (await db.outboxEvent.findMany({ where: { name: "email/send.requested" } })).find(
      (r) => (r.payload as { targetId?: string }).targetId === row.id,
    );
    const before = smtp.messages.length;
    const { result } = await new InngestTestEngine({
      function: sendEmailFunction,
      events: [{ name: "email/send.requested", data: queued!.payload as Record<string, unknown> }],
    }).execute();
    expect(result).toMatchObject({ sent: false, skipped: "Requested with a secret key: no person to notify" });
    expect(smtp.messages.length).toBe(before);
  });
});
