// Follow-up invitations against real PostgreSQL: who is eligible (evidence linked to the task AND
// follow-up consent, with an address, not opted out, one per person), only for a merged task (409
// otherwise), created once per person however often asked, viewers see statuses without contacts,
// and the automatic mode invites with the merge.
import { describe, expect, it } from "vitest";
import * as invitationsRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/follow-up-invitations/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import { db } from "@/lib/db";
import { applyPullRequestDelivery } from "@/lib/implementations/apply-pull-request-event";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { callRoute } from "../helpers/call-route";
import { mergedTaskProject, participant } from "./fixtures";

type Fx = Awaited<ReturnType<typeof mergedTaskProject>>;
const params = (fx: Fx) => ({ projectId: fx.projectId, taskId: fx.task.id });
const get = (fx: Fx, token = fx.token) => callRoute(invitationsRoute.GET, { token, params: params(fx) });
const post = (fx: Fx, body: unknown = {}) =>
  callRoute(invitationsRoute.POST, { method: "POST", token: fx.token, params: params(fx), body });
const requested = (projectId: string) =>
  db.outboxEvent
    .findMany({ where: { name: "follow-up/invitations.requested" } })
    .then((rows) => rows.filter((r) => (r.payload as { projectId?: string }).projectId === projectId));

async function fourParticipants(fx: Fx) {
  const base = { projectId: fx.projectId, taskId: fx.task.id };
  await participant(db, { ...base, email: "ana@example.test", name: "Ana", consent: { session: true } });
  // the same person again, in other case, in a second session: one invitee with two sessions
  await participant(db, { ...base, email: "ANA@example.test ", consent: { session: true } });
  await participant(db, { ...base, email: "ben@example.test", name: "Ben", consent: { response: true }, emailOnResponse: true });
  await participant(db, { ...base, email: "cy@example.test", consent: { response: false } }); // said no
  await participant(db, { ...base, email: null, consent: { session: true } }); // nobody to write to
  // evidence for another task only
  const other = await db.task.create({ data: { projectId: fx.projectId, title: "Another task" } });
  await participant(db, { projectId: fx.projectId, taskId: other.id, email: "dee@example.test", consent: { session: true } });
}

describe("follow-up invitations", () => {
  it("are only for a task whose latest pull request is merged", async () => {
    const fx = await mergedTaskProject(db, { merged: false });
    await participant(db, { projectId: fx.projectId, taskId: fx.task.id, email: "ana@example.test", consent: { session: true } });
    for (const res of [await get(fx), await post(fx)]) {
      expect(res.status).toBe(409);
      expect(res.json.error.message).toMatch(/merge this task's latest pull request first/);
    }
    expect(await db.followUpInvitation.count({ where: { projectId: fx.projectId } })).toBe(0);
    // merged, then a newer attempt opened: the shipped change is being redone
    const merged = await mergedTaskProject(db);
    await db.implementation.create({ data: { projectId: merged.projectId, taskId: merged.task.id, status: "open" } });
    expect((await post(merged)).status).toBe(409);
  });

  it("selects consenting participants behind the evidence with an address, one per person, and invites each once", async () => {
    const fx = await mergedTaskProject(db);
    await fourParticipants(fx);

    const listed = await get(fx);
    expect(listed.status).toBe(200);
    expect(listed.json.eligible).toEqual([
      { email: "ana@example.test", maskedEmail: "a***@example.test", name: "Ana", sessionCount: 2, alreadyInvited: false },
      { email: "ben@example.test", maskedEmail: "b***@example.test", name: "Ben", sessionCount: 1, alreadyInvited: false },
    ]);
    expect(listed.json.invitations).toEqual([]);

    const res = await post(fx);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({ invited: 2, alreadyInvited: 0 });
    const rows = await db.followUpInvitation.findMany({ where: { taskId: fx.task.id }, orderBy: { participantEmail: "asc" } });
    expect(rows.map((r) => [r.participantEmail, r.status, r.implementationId, r.sourceSessionIds.length])).toEqual([
      ["ana@example.test", "pending", fx.implementation.id, 2],
      ["ben@example.test", "pending", fx.implementation.id, 1],
    ]);
    expect(rows[0]!.emailHash).toBe(participantEmailHash("ana@example.test"));
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const days = (rows[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect((await requested(fx.projectId)).map((r) => r.payload)).toEqual([
      { projectId: fx.projectId, taskId: fx.task.id, delaySeconds: 0 },
    ]);

    // again (a second click, two at once): nobody is invited twice and no second send is queued
    const again = await Promise.all([post(fx), post(fx)]);
    expect(again.map((r) => [r.status, r.json.invited, r.json.alreadyInvited])).toEqual([
      [200, 0, 2],
      [200, 0, 2],
    ]);
    expect(await db.followUpInvitation.count({ where: { taskId: fx.task.id } })).toBe(2);
    expect(await requested(fx.projectId)).toHaveLength(1);
    expect((await get(fx)).json.eligible.map((e: { alreadyInvited: boolean }) => e.alreadyInvited)).toEqual([true, true]);
  });

  it("invites a chosen subset, and refuses an address that is not eligible without changing anything", async () => {
    const fx = await mergedTaskProject(db);
    await fourParticipants(fx);
    const refused = await post(fx, { emails: ["ben@example.test", "cy@example.test"] });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.fields.emails[0]).toMatch(/not eligible/);
    expect(await db.followUpInvitation.count({ where: { taskId: fx.task.id } })).toBe(0);
    expect(await requested(fx.projectId)).toHaveLength(0);

    const res = await post(fx, { emails: ["BEN@example.test"] });
    expect(res.status).toBe(201);
    expect(res.json.invitations.map((i: { label: string }) => i.label)).toEqual(["Ben"]);
    expect(res.json.eligible.find((e: { email: string }) => e.email === "ana@example.test").alreadyInvited).toBe(false);
  });

  it("leaves out participants who opted out of the project's follow-up mail", async () => {
    const fx = await mergedTaskProject(db);
    await fourParticipants(fx);
    await db.participantOptOut.create({ data: { projectId: fx.projectId, emailHash: participantEmailHash("ana@example.test") } });
    // an opt-out in another project is not this project's
    const other = await mergedTaskProject(db);
    await db.participantOptOut.create({ data: { projectId: other.projectId, emailHash: participantEmailHash("ben@example.test") } });
    expect((await get(fx)).json.eligible.map((e: { email: string }) => e.email)).toEqual(["ben@example.test"]);
    expect((await post(fx, { emails: ["ana@example.test"] })).status).toBe(400);
  });

  it("shows viewers the statuses without names or addresses, and refuses them sending", async () => {
    const fx = await mergedTaskProject(db);
    await fourParticipants(fx);
    await post(fx);
    const res = await get(fx, fx.viewerToken);
    expect(res.status).toBe(200);
    expect(res.json.eligible).toBeNull();
    expect(res.json.invitations.map((i: { label: string; maskedEmail: string | null }) => [i.label, i.maskedEmail])).toEqual([
      ["Participant 1", null],
      ["Participant 2", null],
    ]);
    expect(JSON.stringify(res.json)).not.toMatch(/example\.test|Ana|Ben/);
    const refused = await callRoute(invitationsRoute.POST, { method: "POST", token: fx.viewerToken, params: params(fx), body: {} });
    expect(refused.status).toBe(403);
  });

  it("in automatic mode, the merge itself invites everyone eligible and the mail waits the configured days", async () => {
    const fx = await mergedTaskProject(db, { merged: false });
    await fourParticipants(fx);
    const patched = await callRoute(projectRoute.PATCH, {
      method: "PATCH",
      token: fx.token,
      params: { projectId: fx.projectId },
      body: { followUpAutoDelayDays: 3 },
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(
      (
        await callRoute(projectRoute.PATCH, {
          method: "PATCH",
          token: fx.token,
          params: { projectId: fx.projectId },
          body: { followUpAutoDelayDays: 365 },
        })
      ).status,
    ).toBe(400);

    const outcome = await applyPullRequestDelivery({
      deliveryId: `d-${fx.projectId}`,
      event: "pull_request",
      action: "closed",
      projectId: fx.projectId,
      repository: "acme/invoices",
      pullRequest: { number: 7, merged: true, mergedAt: new Date().toISOString(), state: "closed", htmlUrl: null },
    });
    expect(outcome).toBe("merged");
    expect(await db.followUpInvitation.count({ where: { taskId: fx.task.id, status: "pending" } })).toBe(2);
    expect((await requested(fx.projectId)).map((r) => r.payload)).toEqual([
      { projectId: fx.projectId, taskId: fx.task.id, delaySeconds: 3 * 86_400 },
    ]);
  });

  it("in manual mode (the default), a merge invites nobody", async () => {
    const fx = await mergedTaskProject(db, { merged: false });
    await fourParticipants(fx);
    await applyPullRequestDelivery({
      deliveryId: `d-${fx.projectId}`,
      event: "pull_request",
      action: "closed",
      projectId: fx.projectId,
      repository: "acme/invoices",
      pullRequest: { number: 7, merged: true, mergedAt: new Date().toISOString(), state: "closed", htmlUrl: null },
    });
    expect(await db.implementation.findUniqueOrThrow({ where: { id: fx.implementation.id } })).toMatchObject({ status: "merged" });
    expect(await db.followUpInvitation.count({ where: { taskId: fx.task.id } })).toBe(0);
  });
});
