import { describe, expect, it } from "vitest";
import { GET as listProjects, POST as createProjectRoute } from "@/app/api/v1/projects/route";
import { GET as getProject, PATCH as patchProject } from "@/app/api/v1/projects/[projectId]/route";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

describe("projects API", () => {
  it("creates a project owned by the caller, with a public key", async () => {
    const { token, user } = await createOwnerWithProject(db);
    const res = await callRoute(createProjectRoute, { method: "POST", token, body: { name: "Checkout research" } });
    expect(res.status).toBe(201);
    expect(res.json.project.name).toBe("Checkout research");
    const membership = await db.membership.findFirstOrThrow({ where: { projectId: res.json.project.id } });
    expect(membership).toMatchObject({ userId: user.id, role: "owner" });
    const key = await db.projectKey.findFirstOrThrow({ where: { projectId: res.json.project.id, kind: "public" } });
    expect(key.publicValue).toMatch(/^ut_pub_/);

    const list = await callRoute(listProjects, { token });
    expect(list.json.projects.map((p: { name: string }) => p.name)).toContain("Checkout research");
  });

  it("rejects unknown PATCH fields and changes nothing", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const res = await callRoute(patchProject, {
      method: "PATCH",
      token,
      params: { projectId: project.id },
      body: { name: "New", id: "hijack" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("validation_failed");
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe(project.name);
  });

  it("hides other tenants' projects with 404", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const res = await callRoute(getProject, { token: a.token, params: { projectId: b.project.id } });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: { code: "not_found", message: "Project not found" } });
  });
});
