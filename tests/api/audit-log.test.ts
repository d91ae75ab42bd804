// The audit trail (#14): each security action writes one row in its own transaction, the log is
// append-only in the database, and only admins can read it.
import { describe, expect, it } from "vitest";
import { DELETE as revokeInvitation } from "@/app/api/v1/projects/[projectId]/invitations/[invitationId]/route";
import { POST as invite } from "@/app/api/v1/projects/[projectId]/invitations/route";
import { GET as listAudit } from "@/app/api/v1/projects/[projectId]/audit/route";
import { POST as rotateWebhook } from "@/app/api/v1/projects/[projectId]/github/webhook-secret/route";
import { DELETE as disconnect } from "@/app/api/v1/projects/[projectId]/github/route";
import { DELETE as revokeKey } from "@/app/api/v1/projects/[projectId]/keys/[keyId]/route";
import { POST as rotatePublic } from "@/app/api/v1/projects/[projectId]/keys/rotate-public/route";
import { POST as createKey } from "@/app/api/v1/projects/[projectId]/keys/route";
import { DELETE as removeMember, PATCH as changeRole } from "@/app/api/v1/projects/[projectId]/members/[userId]/route";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/github/credential-cipher";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

async function auditRows(projectId: string) {
  return db.auditEvent.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
}

async function member(projectId: string, role: "admin" | "member" | "viewer") {
  const user = await createUser(db);
  await addMember(db, { projectId, userId: user.id, role });
  return { user, token: await createApiTokenFor(db, { userId: user.id }) };
}

async function connectFakeGithub(projectId: string) {
  await db.githubConnection.create({
    data: { projectId, authKind: "token", owner: "acme", repo: "app", credentials: encryptSecret("t"), webhookSecret: encryptSecret("s") },
  });
}

describe("audit log: recorded actions", () => {
  it("role change and removal record who, what and the target; a refused change records nothing", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    const m = await member(projectId, "member");

    // demoting the only owner is refused inside the transaction: no audit row may survive
    const refused = await callRoute(changeRole, {
      method: "PATCH",
      token: owner.token,
      params: { projectId, userId: owner.user.id },
      body: { role: "admin" },
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await auditRows(projectId)).toHaveLength(0);

    const changed = await callRoute(changeRole, {
      method: "PATCH",
      token: owner.token,
      params: { projectId, userId: m.user.id },
      body: { role: "admin" },
    });
    expect(changed.status).toBe(200);
    const removed = await callRoute(removeMember, { method: "DELETE", token: owner.token, params: { projectId, userId: m.user.id } });
    expect(removed.status).toBe(204);

    const rows = await auditRows(projectId);
    expect(rows.map((r) => [r.action, r.actorKind, r.actorId, r.targetId])).toEqual([
      ["member.role_changed", "user", owner.user.id, m.user.id],
      ["member.removed", "user", owner.user.id, m.user.id],
    ]);
    expect(rows[0].details).toEqual({ from: "member", to: "admin" });
  });

  it("secret key create and revoke, public key rotation; revoking twice records once", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    const created = await callRoute(createKey, { method: "POST", token: owner.token, params: { projectId }, body: { name: "CI" } });
    expect(created.status).toBe(201);
    const keyId = created.json.key.id;
    expect((await callRoute(revokeKey, { method: "DELETE", token: owner.token, params: { projectId, keyId } })).status).toBe(200);
    expect((await callRoute(revokeKey, { method: "DELETE", token: owner.token, params: { projectId, keyId } })).status).toBe(409);
    expect((await callRoute(rotatePublic, { method: "POST", token: owner.token, params: { projectId } })).status).toBe(201);

    const rows = await auditRows(projectId);
    expect(rows.map((r) => r.action)).toEqual(["secret_key.created", "secret_key.revoked", "public_key.rotated"]);
    expect(rows.slice(0, 2).map((r) => r.targetId)).toEqual([keyId, keyId]);
    expect(rows.every((r) => r.actorId === owner.user.id)).toBe(true);
  });

  it("GitHub webhook-secret rotation and disconnection; disconnecting nothing records nothing", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    expect((await callRoute(disconnect, { method: "DELETE", token: owner.token, params: { projectId } })).status).toBe(404);
    expect(await auditRows(projectId)).toHaveLength(0);

    await connectFakeGithub(projectId);
    expect((await callRoute(rotateWebhook, { method: "POST", token: owner.token, params: { projectId } })).status).toBe(201);
    expect((await callRoute(disconnect, { method: "DELETE", token: owner.token, params: { projectId } })).status).toBe(204);
    expect((await auditRows(projectId)).map((r) => r.action)).toEqual(["github.webhook_secret_rotated", "github.disconnected"]);
  });
});

describe("audit log: invitations", () => {
  it("records an invitation's creation with its role (not the email) and its revocation", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    const sent = await callRoute(invite, {
      method: "POST",
      token: owner.token,
      params: { projectId },
      body: { email: "new@example.test", role: "member" },
    });
    expect(sent.status).toBe(201);
    const invitationId = sent.json.invitation.id;
    expect((await callRoute(revokeInvitation, { method: "DELETE", token: owner.token, params: { projectId, invitationId } })).status).toBe(
      200,
    );
    const rows = await auditRows(projectId);
    expect(rows.map((r) => [r.action, r.actorId, r.targetId, r.details])).toEqual([
      ["invitation.created", owner.user.id, invitationId, { role: "member" }],
      ["invitation.revoked", owner.user.id, invitationId, {}],
    ]);
    expect(JSON.stringify(rows)).not.toContain("new@example.test");
  });
});

describe("audit log: append-only", () => {
  it("the database refuses UPDATE and DELETE of audit rows, and deleting the project removes them", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    await recordAuditEvent(db, { projectId, actor: { kind: "system" }, action: "retention.ran", details: { sessions: 3 } });

    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "projectId" = $1`, projectId)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "projectId" = $1`, projectId)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { projectId } })).rejects.toThrow();
    expect((await auditRows(projectId)).map((r) => [r.action, r.details])).toEqual([["retention.ran", { sessions: 3 }]]);

    await db.project.delete({ where: { id: projectId } });
    expect(await db.auditEvent.count({ where: { projectId } })).toBe(0);
  });
});

describe("GET /api/v1/projects/:id/audit", () => {
  it("admins read it newest first with cursor pages; members are refused", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    // explicit timestamps: rows written within one millisecond would have no defined order
    for (let i = 0; i < 3; i++) {
      await db.auditEvent.create({
        data: {
          projectId,
          actorKind: "system",
          action: "retention.ran",
          details: { run: i },
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        },
      });
    }
    const admin = await member(projectId, "admin");
    const plain = await member(projectId, "member");

    expect((await callRoute(listAudit, { token: plain.token, params: { projectId } })).status).toBe(403);

    const first = await callRoute(listAudit, { token: admin.token, params: { projectId }, path: "/api/test?limit=2" });
    expect(first.status).toBe(200);
    expect(first.json.events.map((e: { details: { run: number } }) => e.details.run)).toEqual([2, 1]);
    expect(first.json.events[0]).toMatchObject({ action: "retention.ran", actor: { kind: "system", id: null }, target: null });
    const second = await callRoute(listAudit, {
      token: admin.token,
      params: { projectId },
      path: `/api/test?limit=2&cursor=${first.json.nextCursor}`,
    });
    expect(second.json.events.map((e: { details: { run: number } }) => e.details.run)).toEqual([0]);
    expect(second.json.nextCursor).toBeNull();
  });
});
