import { describe, expect, it } from "vitest";
import { POST as accept } from "@/app/api/v1/invitations/accept/route";
import { GET as listInvitations, POST as invite } from "@/app/api/v1/projects/[projectId]/invitations/route";
import { DELETE as removeMember, PATCH as changeRole } from "@/app/api/v1/projects/[projectId]/members/[userId]/route";
import { GET as listMembers } from "@/app/api/v1/projects/[projectId]/members/route";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

async function userWithToken(email?: string) {
  const user = await createUser(db, { email });
  return { user, token: await createApiTokenFor(db, { userId: user.id }) };
}

describe("invitations", () => {
  it("invite → accept adds the member with the invited role, once", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    const email = `Invitee-${Date.now()}@Example.test`;
    const created = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email, role: "admin" } });
    expect(created.status).toBe(201);
    expect(created.json.invitation).toMatchObject({ email: email.toLowerCase(), role: "admin", status: "pending" });
    const link: string = created.json.acceptUrl;
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/ut_inv_/);
    const inviteToken = link.split("/").pop()!;

    const invitee = await userWithToken(email.toLowerCase());
    const res = await callRoute(accept, { method: "POST", token: invitee.token, body: { token: inviteToken } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ projectId: owner.project.id, role: "admin" });
    const members = await callRoute(listMembers, { token: invitee.token, params });
    expect(members.json.members.map((m: { email: string; role: string }) => [m.email, m.role])).toContainEqual([
      email.toLowerCase(),
      "admin",
    ]);

    const again = await callRoute(accept, { method: "POST", token: invitee.token, body: { token: inviteToken } });
    expect(again.status).toBe(410);
    const listed = await callRoute(listInvitations, { token: owner.token, params });
    expect(listed.json.invitations[0].status).toBe("accepted");
  });

  it("refuses to accept with another email, and the invitation stays usable", async () => {
    const owner = await createOwnerWithProject(db);
    const created = await callRoute(invite, {
      method: "POST",
      token: owner.token,
      params: { projectId: owner.project.id },
      body: { email: "right@example.test" },
    });
    const wrong = await userWithToken();
    const inviteToken = created.json.acceptUrl.split("/").pop();
    const res = await callRoute(accept, { method: "POST", token: wrong.token, body: { token: inviteToken } });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain("right@example.test");
    expect(await db.membership.count({ where: { projectId: owner.project.id } })).toBe(1);
    expect((await db.invitation.findFirstOrThrow({ where: { projectId: owner.project.id } })).acceptedAt).toBeNull();
  });

  it("duplicates are 409: an existing member, or a second pending invitation", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    const existing = await userWithToken();
    await addMember(db, { projectId: owner.project.id, userId: existing.user.id, role: "member" });
    const dupMember = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email: existing.user.email } });
    expect(dupMember.status).toBe(409);
    expect(dupMember.json.error.code).toBe("conflict");
    await callRoute(invite, { method: "POST", token: owner.token, params, body: { email: "twice@example.test" } });
    const dupInvite = await callRoute(invite, { method: "POST", token: owner.token, params, body: { email: "twice@example.test" } });
    expect(dupInvite.status).toBe(409);
    expect(await db.invitation.count({ where: { projectId: owner.project.id } })).toBe(1);
  });

  it("validates the body with per-field details", async () => {
    const owner = await createOwnerWithProject(db);
    const res = await callRoute(invite, {
      method: "POST",
      token: owner.token,
      params: { projectId: owner.project.id },
      body: { email: "nope", role: "god" },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.details.fields).sort()).toEqual(["email", "role"]);
    expect(await db.invitation.count({ where: { projectId: owner.project.id } })).toBe(0);
  });

  it("an unknown or expired token is refused", async () => {
    const someone = await userWithToken();
    expect((await callRoute(accept, { method: "POST", token: someone.token, body: { token: "ut_inv_unknown-token" } })).status).toBe(404);
    const owner = await createOwnerWithProject(db);
    const created = await callRoute(invite, {
      method: "POST",
      token: owner.token,
      params: { projectId: owner.project.id },
      body: { email: someone.user.email },
    });
    await db.invitation.updateMany({ where: { projectId: owner.project.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await callRoute(accept, { method: "POST", token: someone.token, body: { token: created.json.acceptUrl.split("/").pop() } });
    expect(res.status).toBe(410);
  });
});

describe("cross-project ids", () => {
  it("an invitation or member of another project is not found through this project's routes", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const bInvite = await callRoute(invite, {
      method: "POST",
      token: b.token,
      params: { projectId: b.project.id },
      body: { email: "x@example.test" },
    });
    const { DELETE: revokeInvitation } = await import("@/app/api/v1/projects/[projectId]/invitations/[invitationId]/route");
    const res = await callRoute(revokeInvitation, {
      method: "DELETE",
      token: a.token,
      params: { projectId: a.project.id, invitationId: bInvite.json.invitation.id },
    });
    expect(res.status).toBe(404);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: bInvite.json.invitation.id } })).revokedAt).toBeNull();

    const change = await callRoute(changeRole, {
      method: "PATCH",
      token: a.token,
      params: { projectId: a.project.id, userId: b.user.id },
      body: { role: "viewer" },
    });
    expect(change.status).toBe(404);
    const remove = await callRoute(removeMember, {
      method: "DELETE",
      token: a.token,
      params: { projectId: a.project.id, userId: b.user.id },
    });
    expect(remove.status).toBe(404);
    expect((await db.membership.findFirstOrThrow({ where: { projectId: b.project.id, userId: b.user.id } })).role).toBe("owner");
  });
});

describe("member roles", () => {
  it("admins cannot grant or touch the owner role; owners can", async () => {
    const owner = await createOwnerWithProject(db);
    const admin = await userWithToken();
    const member = await userWithToken();
    await addMember(db, { projectId: owner.project.id, userId: admin.user.id, role: "admin" });
    await addMember(db, { projectId: owner.project.id, userId: member.user.id, role: "member" });
    const params = (userId: string) => ({ projectId: owner.project.id, userId });

    expect(
      (await callRoute(changeRole, { method: "PATCH", token: admin.token, params: params(member.user.id), body: { role: "owner" } }))
        .status,
    ).toBe(403);
    expect(
      (await callRoute(changeRole, { method: "PATCH", token: admin.token, params: params(owner.user.id), body: { role: "viewer" } }))
        .status,
    ).toBe(403);
    expect((await callRoute(removeMember, { method: "DELETE", token: admin.token, params: params(owner.user.id) })).status).toBe(403);
    expect(
      (
        await callRoute(invite, {
          method: "POST",
          token: admin.token,
          params: { projectId: owner.project.id },
          body: { email: "x@example.test", role: "owner" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await callRoute(changeRole, { method: "PATCH", token: admin.token, params: params(member.user.id), body: { role: "admin" } }))
        .status,
    ).toBe(200);
    expect(
      (await callRoute(changeRole, { method: "PATCH", token: owner.token, params: params(member.user.id), body: { role: "owner" } }))
        .status,
    ).toBe(200);
    expect(await db.membership.count({ where: { projectId: owner.project.id, role: "owner" } })).toBe(2);
  });

  it("the last owner can neither leave nor be demoted (409); any member can leave", async () => {
    const owner = await createOwnerWithProject(db);
    const viewer = await userWithToken();
    await addMember(db, { projectId: owner.project.id, userId: viewer.user.id, role: "viewer" });
    const params = (userId: string) => ({ projectId: owner.project.id, userId });

    const demote = await callRoute(changeRole, {
      method: "PATCH",
      token: owner.token,
      params: params(owner.user.id),
      body: { role: "admin" },
    });
    expect(demote.status).toBe(409);
    expect((await db.membership.findFirstOrThrow({ where: { userId: owner.user.id, projectId: owner.project.id } })).role).toBe("owner");
    expect((await callRoute(removeMember, { method: "DELETE", token: owner.token, params: params(owner.user.id) })).status).toBe(409);

    expect((await callRoute(removeMember, { method: "DELETE", token: viewer.token, params: params(viewer.user.id) })).status).toBe(204);
    expect(await db.membership.count({ where: { projectId: owner.project.id } })).toBe(1);
  });

  it("PATCH member accepts only the role field", async () => {
    const owner = await createOwnerWithProject(db);
    const other = await userWithToken();
    await addMember(db, { projectId: owner.project.id, userId: other.user.id, role: "member" });
    const res = await callRoute(changeRole, {
      method: "PATCH",
      token: owner.token,
      params: { projectId: owner.project.id, userId: other.user.id },
      body: { role: "viewer", userId: owner.user.id },
    });
    expect(res.status).toBe(400);
    expect((await db.membership.findFirstOrThrow({ where: { userId: other.user.id } })).role).toBe("member");
  });
});
