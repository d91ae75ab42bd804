// Every project route × every kind of caller, generated from the routes' own declarations
// (route({ access }), listed by tests/helpers/route-inventory.ts): non-members get 404, members
// below the declared access get 403, secret keys act as members and are refused by user-only
// routes, and the route works (2xx) for everyone it admits. A new project route is in this matrix
// as soon as it exists; only its sample body (when {} is not one) is written here. Each case starts
// from fresh data, and a refused request changes nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/client";
import type { AccessLevel } from "@/lib/access/roles";
import { startFakeGithub } from "@/tests/fakes/fake-github-server";
import { REPO, REPO_FILES, TOKEN } from "@/tests/helpers/github-loop-fixtures";
import { type DeclaredRoute, loadRoutes } from "../helpers/route-inventory";

// connecting and re-testing a repository talk to GitHub: a loopback fake, set before the app loads
const github = await startFakeGithub();
vi.stubEnv("GITHUB_API_URL", github.url);
github.addRepo({ fullName: REPO, files: REPO_FILES });
github.addToken(TOKEN, { repos: [REPO], push: true });
afterAll(async () => {
  vi.unstubAllEnvs();
  await github.close();
});
// the Slack test message is posted to a loopback stand-in for hooks.slack.com
const slackStandIn = http.createServer((_req, res) => res.end("ok"));
await new Promise<void>((r) => slackStandIn.listen(0, "127.0.0.1", r));
const SLACK_URL = `http://127.0.0.1:${(slackStandIn.address() as AddressInfo).port}/services/T0/B0/x`;
afterAll(() => new Promise<void>((r) => slackStandIn.close(() => r())));

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { connectGithub } = await import("@/lib/github/connect-github");
const { encryptSecret } = await import("@/lib/github/credential-cipher");
const { generateSecret, hashSecret } = await import("@/lib/security/secret-tokens");
const { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } =
  await import("@/prisma/factories/identity");
const { createAudioRecording } = await import("@/prisma/factories/media");
const { createScreener } = await import("@/prisma/factories/research");

type Caller = Role | "non_member" | "own_secret_key" | "foreign_secret_key";
const callers: Caller[] = ["owner", "admin", "member", "viewer", "non_member", "own_secret_key", "foreign_secret_key"];

/** The documented meaning of each access level: the lowest role admitted. */
const LOWEST_ROLE: Record<AccessLevel, Role> = { view: "viewer", work: "member", admin: "admin", owner: "owner" };
const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

interface Fixture {
  projectId: string;
  targetUserId: string;
  invitationId: string;
  secretKeyId: string;
  sessionId: string;
  taskId: string;
  signalId: string;
  implementationId: string;
  screenerId: string;
  questionIds: string[];
  erasureId: string;
  exportId: string;
  webhookId: string;
  shareLinkId: string;
}

/** Each path parameter, by name, in the fixture. */
const PARAMS: Record<string, (f: Fixture) => string> = {
  projectId: (f) => f.projectId,
  userId: (f) => f.targetUserId,
  invitationId: (f) => f.invitationId,
  keyId: (f) => f.secretKeyId,
  sessionId: (f) => f.sessionId,
  kind: () => "audio",
  index: () => "0",
  taskId: (f) => f.taskId,
  signalId: (f) => f.signalId,
  implementationId: (f) => f.implementationId,
  screenerId: (f) => f.screenerId,
  questionId: (f) => f.questionIds[0],
  erasureId: (f) => f.erasureId,
  exportId: (f) => f.exportId,
  webhookId: (f) => f.webhookId,
  shareLinkId: (f) => f.shareLinkId,
};

const P = "/api/v1/projects/[projectId]";
/** A valid body for each route that needs more than {} to succeed. */
const BODIES: Record<string, (f: Fixture) => unknown> = {
  [`PATCH ${P}`]: () => ({ name: "Renamed" }),
  [`PATCH ${P}/members/[userId]`]: () => ({ role: "viewer" }),
  [`POST ${P}/invitations`]: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.test`, role: "member" }),
  [`POST ${P}/keys`]: () => ({ name: "CI" }),
  [`POST ${P}/github`]: () => ({ kind: "token", repository: REPO, token: TOKEN }),
  [`POST ${P}/sessions`]: () => ({ participant: { name: "Ana" } }),
  [`PATCH ${P}/tasks/[taskId]`]: () => ({ status: "ready" }),
  [`POST ${P}/tasks/[taskId]/implement`]: () => ({ dryRun: true }),
  [`POST ${P}/screeners`]: () => ({ title: "Invoicing habits" }),
  [`PATCH ${P}/screeners/[screenerId]`]: () => ({ title: "Renamed" }),
  [`POST ${P}/screeners/[screenerId]/status`]: () => ({ status: "active" }),
  [`POST ${P}/screeners/[screenerId]/questions`]: () => ({ text: "Anything else?", type: "text" }),
  [`PATCH ${P}/screeners/[screenerId]/questions/[questionId]`]: () => ({ text: "How often, roughly?" }),
  [`POST ${P}/screeners/[screenerId]/questions/reorder`]: (f) => ({ questionIds: [...f.questionIds].reverse() }),
  [`POST ${P}/erasures`]: () => ({ email: "someone@example.test" }),
  [`POST ${P}/exports`]: () => ({ kind: "project" }),
  [`POST ${P}/webhooks`]: () => ({ url: "http://127.0.0.1:9/hooks", eventTypes: ["task.created"] }),
  [`PATCH ${P}/webhooks/[webhookId]`]: () => ({ enabled: false }),
  [`PUT ${P}/slack`]: () => ({ url: "http://127.0.0.1:9/services/T0/B0/y" }),
  [`POST ${P}/share-links`]: (f) => ({ taskId: f.taskId }),
};

/** Where the use-case asks more than the route's declared access, for the request made here. */
const STRICTER: Record<string, { role: Role; why: string }> = {
  [`DELETE ${P}/members/[userId]`]: { role: "admin", why: "anyone may leave (view); removing someone else, as here, needs admin" },
};

const { routes } = await loadRoutes();
const projectRoutes = routes.filter((r) => r.declaration.access !== undefined);

/** Calls a handler as Next would; the answer's JSON when it is JSON (a media segment is bytes). */
async function call(route: DeclaredRoute, token: string, params: Record<string, string>, body: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const req = new Request("http://localhost:3000/api/test", {
    method: route.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const res = await route.handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  return {
    status: res.status,
    json: res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : undefined,
    text: text.slice(0, 300),
  };
}

/** "success" (any 2xx), or the refusal's status */
function expected(route: DeclaredRoute, caller: Caller): "success" | 403 | 404 {
  const needed = STRICTER[route.key]?.role ?? LOWEST_ROLE[route.declaration.access!];
  if (caller === "own_secret_key" || caller === "foreign_secret_key") {
    if (route.declaration.auth === "user") return 403;
    if (caller === "foreign_secret_key") return 404;
    return rank.member >= rank[needed] ? "success" : 403;
  }
  if (caller === "non_member") return 404;
  return rank[caller] >= rank[needed] ? "success" : 403;
}

// lastUsedAt records the caller's own key use, which is not a change made by the refused request.
// Every list is ordered: without it PostgreSQL returns rows in heap order, which an UPDATE (the key's
// lastUsedAt) changes, and two equal snapshots would compare unequal.
async function snapshot(projectId: string) {
  const byId = { orderBy: { id: "asc" as const } };
  const project = await db.project.findUnique({
    where: { id: projectId },
    include: {
      memberships: byId,
      keys: byId,
      invitations: byId,
      sessions: { ...byId, include: { chunks: byId } },
      tasks: { ...byId, include: { signals: { orderBy: { signalId: "asc" } }, measurements: byId } },
      implementations: byId,
      githubConnection: true,
      screeners: { ...byId, include: { questions: byId } },
      dataExports: byId,
      erasureRequests: byId,
      webhookEndpoints: { ...byId, include: { deliveries: byId } },
      shareLinks: byId,
      followUpInvitations: byId,
    },
  });
  return project && { ...project, keys: project.keys.map(({ lastUsedAt: _lastUsedAt, ...k }) => k) };
}

async function setup(caller: Caller): Promise<{ fixture: Fixture; token: string }> {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const target = await createUser(db);
  await addMember(db, { projectId, userId: target.id, role: "member" });
  const inv = await db.invitation.create({
    data: {
      projectId,
      email: `invited-${Math.random().toString(36).slice(2)}@example.test`,
      role: "member",
      tokenHash: hashSecret(generateSecret("invitation")),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await createSecretKeyFor(db, { projectId });
  const secretKey = await db.projectKey.findFirstOrThrow({ where: { projectId, kind: "secret" } });
  const completed = await db.session.create({ data: { projectId, status: "completed", processingStatus: "processed" } });
  await createAudioRecording(db, mediaStorage(), { projectId, sessionId: completed.id, durationMs: 10_000, segmentMs: 10_000 });
  // a draft screener with questions
  const screener = await createScreener(db, { projectId, status: "draft" });
  const questions = await db.screenerQuestion.findMany({ where: { screenerId: screener.id }, orderBy: { position: "asc" } });
  const aTask = await db.task.create({ data: { projectId, title: "A task" } });
  // a participant behind the task's evidence who agreed to follow-up contact (so inviting invites someone)
  const earlier = await db.session.create({
    data: { projectId, status: "completed", participantEmail: "earlier@example.test", consentFollowUp: true },
  });
  await db.signal.create({
    data: {
      projectId,
      sessionId: earlier.id,
      type: "workaround",
      quote: "I export it twice",
      confidence: 0.8,
      intensity: 0.5,
      tasks: { create: { taskId: aTask.id } },
    },
  });
  const aSignal = await db.signal.create({
    data: { projectId, sessionId: completed.id, type: "workaround", quote: "I copy it by hand", confidence: 0.8, intensity: 0.5 },
  });
  // a merged pull request (to measure) and a connection GitHub accepted (to test, rotate or remove)
  const merged = await db.implementation.create({
    data: { projectId, taskId: aTask.id, status: "merged", mergedAt: new Date(Date.now() - 86_400_000), prNumber: 1 },
  });
  await connectGithub({
    projectId,
    actorUserId: owner.user.id,
    actor: { kind: "user", id: owner.user.id },
    data: { kind: "token", repository: REPO, token: TOKEN },
  });
  // a finished erasure (its receipt is what GET reads)
  const erasure = await db.erasureRequest.create({
    data: { projectId, emailHash: "0".repeat(64), status: "completed", requestedByKind: "user", requestedById: owner.user.id },
  });
  // a completed export whose file is stored (the download route streams it)
  const anExport = await db.dataExport.create({
    data: {
      projectId,
      kind: "project",
      status: "completed",
      requestedByKind: "user",
      requestedById: owner.user.id,
      storageKey: `projects/${projectId}/exports/fixture.zip`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await mediaStorage().put(anExport.storageKey!, Readable.from([Buffer.from("PK\u0005\u0006")]), { contentType: "application/zip" });
  // an evidence link of the task (listed, revoked)
  const shareLink = await db.shareLink.create({
    data: {
      projectId,
      taskId: aTask.id,
      tokenHash: hashSecret(generateSecret("share")),
      tokenHint: "abcd",
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  // a webhook endpoint (to change, test, rotate or delete) and a Slack webhook (to test)
  const webhook = await db.webhookEndpoint.create({
    data: { projectId, url: "http://127.0.0.1:9/hooks", eventTypes: ["task.created"], secretCiphertext: encryptSecret("whsec_AAAA") },
  });
  await db.project.update({ where: { id: projectId }, data: { slackWebhookCiphertext: encryptSecret(SLACK_URL) } });
  const fixture: Fixture = {
    projectId,
    targetUserId: target.id,
    invitationId: inv.id,
    secretKeyId: secretKey.id,
    sessionId: completed.id,
    taskId: aTask.id,
    signalId: aSignal.id,
    implementationId: merged.id,
    screenerId: screener.id,
    questionIds: questions.map((q) => q.id),
    erasureId: erasure.id,
    exportId: anExport.id,
    webhookId: webhook.id,
    shareLinkId: shareLink.id,
  };

  let token: string;
  if (caller === "owner") token = owner.token;
  else if (caller === "own_secret_key") token = await createSecretKeyFor(db, { projectId });
  else if (caller === "foreign_secret_key")
    token = await createSecretKeyFor(db, { projectId: (await createOwnerWithProject(db)).project.id });
  else {
    const user = await createUser(db);
    if (caller !== "non_member") await addMember(db, { projectId, userId: user.id, role: caller });
    token = await createApiTokenFor(db, { userId: user.id });
  }
  return { fixture, token };
}

describe("the matrix", () => {
  it("covers every project route, screeners included, and its test data names only existing routes", () => {
    const keys = new Set(projectRoutes.map((r) => r.key));
    expect(projectRoutes.length).toBeGreaterThan(50);
    expect(keys).toContain(`POST ${P}/screeners/[screenerId]/questions/reorder`);
    expect(keys).toContain(`GET ${P}/sessions/[sessionId]/media/[kind]/[index]`);
    for (const key of [...Object.keys(BODIES), ...Object.keys(STRICTER)]) expect(keys, key).toContain(key);
    for (const r of projectRoutes)
      for (const name of r.declaration.params) expect(PARAMS, `${r.key}: no fixture for :${name}`).toHaveProperty(name);
  });
});

describe.each(projectRoutes.map((r) => ({ ...r, name: `${r.key} (${r.declaration.access})` })))("$name", (route) => {
  it.each(callers)("as %s", async (caller) => {
    const { fixture, token } = await setup(caller);
    const before = await snapshot(fixture.projectId);
    const params = Object.fromEntries(route.declaration.params.map((name) => [name, PARAMS[name](fixture)]));
    const res = await call(route, token, params, BODIES[route.key]?.(fixture));
    const want = expected(route, caller);
    if (want === "success") {
      expect(res.status, res.text).toBeGreaterThanOrEqual(200);
      expect(res.status, res.text).toBeLessThan(300);
      return;
    }
    expect(res.status, res.text).toBe(want);
    expect(res.json.error.code).toBe(want === 404 ? "not_found" : "forbidden");
    // a refused request changes nothing
    expect(await snapshot(fixture.projectId)).toEqual(before);
  });
});
