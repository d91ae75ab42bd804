// The audit row for connecting GitHub, through the real Octokit against the loopback fake GitHub:
// a successful connection is recorded with the repository; a refused access test records nothing.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeGithub } from "@/tests/fakes/fake-github-server";
import { REPO, REPO_FILES, TOKEN } from "@/tests/helpers/github-loop-fixtures";
import { callRoute } from "../helpers/call-route";

const github = await startFakeGithub();
vi.stubEnv("GITHUB_API_URL", github.url);

const { db } = await import("@/lib/db");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const connection = await import("@/app/api/v1/projects/[projectId]/github/route");

afterAll(async () => {
  vi.unstubAllEnvs();
  await github.close();
});

beforeEach(() => {
  github.reset();
  github.addRepo({ fullName: REPO, files: REPO_FILES });
  github.addToken(TOKEN, { repos: [REPO], push: true });
  github.addToken("github_pat_readonly_000000000000000", { repos: [REPO], push: false });
});

describe("audit log: GitHub connection", () => {
  it("records who connected which repository", async () => {
    const { project, token, user } = await createOwnerWithProject(db);
    const res = await callRoute(connection.POST, {
      method: "POST",
      token,
      params: { projectId: project.id },
      body: { kind: "token", repository: REPO, token: TOKEN },
    });
    expect(res.status).toBe(200);
    const rows = await db.auditEvent.findMany({ where: { projectId: project.id } });
    expect(rows.map((r) => [r.action, r.actorKind, r.actorId, r.details])).toEqual([
      ["github.connected", "user", user.id, { repository: REPO, authKind: "token" }],
    ]);
    expect(JSON.stringify(rows)).not.toContain(TOKEN);
  });

  it("a connection refused by the access test records nothing", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const res = await callRoute(connection.POST, {
      method: "POST",
      token,
      params: { projectId: project.id },
      body: { kind: "token", repository: REPO, token: "github_pat_readonly_000000000000000" },
    });
    expect(res.status).toBe(422);
    expect(await db.auditEvent.count({ where: { projectId: project.id } })).toBe(0);
  });
});
