// The mail server cannot be reached: send-email's attempt fails and is retried (the invitation
// still shows "queued"), and only the last attempt (the function's retries + 1) records the
// failure, with the reason, on the invitations list. The invitation itself was never in doubt.
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";
import { GET as listInvitations, POST as invite } from "@/app/api/v1/projects/[projectId]/invitations/route";
import { sendEmailFunction } from "@/inngest/functions/send-email";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

// a loopback port nobody listens on: bound, then released
await vi.hoisted(async () => {
  const { default: netModule } = await import("node:net");
  const probe = netModule.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as import("node:net").AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  process.env.EMAIL_SERVER = `smtp://127.0.0.1:${port}`;
});

describe("mail server down", () => {
  it("retries while attempts remain, then records the failure", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    const created = await callRoute(invite, {
      method: "POST",
      token: owner.token,
      params,
      body: { email: `down-${Date.now()}@example.test` },
    });
    expect(created.status).toBe(201);
    const id = created.json.invitation.id;
    const row = (await db.outboxEvent.findMany({ where: { name: "email/send.requested" } })).find(
      (r) => (r.payload as { targetId?: string }).targetId === id,
    )!;
    const attemptNumber = (attempt: number) =>
      new InngestTestEngine({
        function: sendEmailFunction,
        events: [{ name: "email/send.requested", data: row.payload as Record<string, unknown> }],
        transformCtx: (ctx) => ({ ...mockCtx(ctx), attempt }),
      }).execute();
    const status = async () =>
      (await callRoute(listInvitations, { token: owner.token, params })).json.invitations.find((i: { id: string }) => i.id === id)
        .emailDelivery;

    const first = await attemptNumber(0);
    expect((first.error as Error).name).toBe("RetryAfterError");
    expect(await status()).toMatchObject({ status: "queued" });

    const last = await attemptNumber(sendEmailFunction.opts.retries as number);
    expect((last.error as Error).name).toBe("NonRetriableError");
    const failed = await status();
    expect(failed.status).toBe("failed");
    expect(failed.reason).toMatch(/ECONNREFUSED|connect/i);
  });
});
