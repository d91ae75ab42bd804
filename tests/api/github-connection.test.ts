// Connecting a project to GitHub: the real Octokit (token and GitHub App auth) against a loopback
// fake GitHub, real PostgreSQL. Credentials are tested before they are stored, stored encrypted,
// re-tested on demand and forgotten on disconnect.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeGithub } from "@/tests/fakes/fake-github-server";
import { REPO, REPO_FILES, TOKEN } from "@/tests/helpers/github-loop-fixtures";
import { callRoute } from "../helpers/call-route";

const github = await startFakeGithub();
vi.stubEnv("GITHUB_API_URL", github.url);

const { db } = await import("@/lib/db");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const connection = await import("@/app/api/v1/projects/[projectId]/github/route");
const testRoute = await import("@/app/api/v1/projects/[projectId]/github/test/route");
const rotate = await import("@/app/api/v1/projects/[projectId]/github/webhook-secret/route");

afterAll(async () => {
  vi.unstubAllEnvs();
  await github.close();
});

beforeEach(() => {
  github.reset();
  github.addRepo({ fullName: REPO, files: REPO_FILES });
  github.addToken(TOKEN, { repos: [REPO], push: true });
});

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();

async function connect(body: object) {
  const { project, token } = await createOwnerWithProject(db);
  const res = await callRoute(connection.POST, { method: "POST", token, params: { projectId: project.id }, body });
  return { res, project, token };
}

describe("connecting a repository", () => {
  it("a fine-grained token with write access connects; the token is stored encrypted and the webhook secret shown once", async () => {
    const { res, project, token } = await connect({ kind: "token", repository: REPO, token: TOKEN });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.connection).toMatchObject({
      kind: "token",
      repository: REPO,
      defaultBranch: "main",
      lastCheckOk: true,
      webhookUrl: "http://localhost:3000/api/webhooks/github",
    });
    expect(res.json.webhookSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(res.json.connection)).not.toContain(TOKEN);

    const row = await db.githubConnection.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(row.credentials).not.toContain(TOKEN);
    expect(row.webhookSecret).not.toContain(res.json.webhookSecret);
    expect(row.credentials).toMatch(/^v1\./);
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      githubRepo: REPO,
      githubDefaultBranch: "main",
    });
    // GitHub saw our token, nothing else
    expect(github.requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true);

    const view = await callRoute(connection.GET, { token, params: { projectId: project.id } });
    expect(view.json.connection.repository).toBe(REPO);
    expect(JSON.stringify(view.json)).not.toMatch(new RegExp(`${TOKEN}|webhookSecret`));
  });

  it("a read-only token is refused with the reason, and nothing is stored", async () => {
    github.addToken("github_pat_readonly_000000000000000", { repos: [REPO], push: false });
    const { res, project } = await connect({ kind: "token", repository: REPO, token: "github_pat_readonly_000000000000000" });
    expect(res.status).toBe(422);
    expect(res.json.error.message).toContain("cannot write");
    expect(await db.githubConnection.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("an unknown repository and a bad token are refused with distinct reasons", async () => {
    const missing = await connect({ kind: "token", repository: "acme/nope", token: TOKEN });
    expect(missing.res.status).toBe(422);
    expect(missing.res.json.error.message).toBe("Repository acme/nope was not found, or the credentials cannot see it.");
    const bad = await connect({ kind: "token", repository: REPO, token: "github_pat_revoked_0000000000000000" });
    expect(bad.res.status).toBe(422);
    expect(bad.res.json.error.message).toContain("refused the credentials (401)");
  });

  it("a GitHub App installation connects with an installation token minted from the App's key", async () => {
    github.addInstallation({ id: "4242", appId: "777", repos: [REPO] });
    const { res, project } = await connect({ kind: "app", repository: REPO, appId: "777", installationId: "4242", privateKey });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.connection).toMatchObject({ kind: "app", appId: "777", installationId: "4242" });
    const mint = github.requests.find((r) => r.path === "/app/installations/4242/access_tokens");
    expect(mint?.auth).toMatch(/^bearer ey/i);
    const row = await db.githubConnection.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(row.credentials).not.toContain("PRIVATE KEY");
  });

  it("an App installation without write permission on contents is refused", async () => {
    github.addInstallation({ id: "5", appId: "9", repos: [REPO], permissions: { contents: "read", pull_requests: "write" } });
    const { res } = await connect({ kind: "app", repository: REPO, appId: "9", installationId: "5", privateKey });
    expect(res.status).toBe(422);
    expect(res.json.error.message).toContain("lacks write permission for contents");
  });

  it("invalid input is a 400 with per-field details", async () => {
    const { res } = await connect({ kind: "token", repository: "not a repo", token: "short" });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.details.fields).sort()).toEqual(["repository", "token"]);
  });
});

describe("testing, rotating and disconnecting", () => {
  it("test re-checks the stored credentials and records the outcome", async () => {
    const { project, token } = await connect({ kind: "token", repository: REPO, token: TOKEN });
    const ok = await callRoute(testRoute.POST, { method: "POST", token, params: { projectId: project.id } });
    expect(ok.json).toMatchObject({ ok: true, connection: { lastCheckOk: true } });

    // the token loses its access on GitHub's side
    github.addToken(TOKEN, { repos: [REPO], push: false });
    const refused = await callRoute(testRoute.POST, { method: "POST", token, params: { projectId: project.id } });
    expect(refused.status).toBe(200);
    expect(refused.json.ok).toBe(false);
    expect(refused.json.message).toContain("cannot write");
    expect(await db.githubConnection.findUniqueOrThrow({ where: { projectId: project.id } })).toMatchObject({ lastCheckOk: false });
  });

  it("rotating the webhook secret returns a new one; disconnecting forgets the credentials", async () => {
    const { res, project, token } = await connect({ kind: "token", repository: REPO, token: TOKEN });
    const rotated = await callRoute(rotate.POST, { method: "POST", token, params: { projectId: project.id } });
    expect(rotated.status).toBe(201);
    expect(rotated.json.webhookSecret).not.toBe(res.json.webhookSecret);

    const gone = await callRoute(connection.DELETE, { method: "DELETE", token, params: { projectId: project.id } });
    expect(gone.status).toBe(204);
    expect((await callRoute(connection.GET, { token, params: { projectId: project.id } })).json.connection).toBeNull();
    expect((await callRoute(testRoute.POST, { method: "POST", token, params: { projectId: project.id } })).status).toBe(404);
  });
});
