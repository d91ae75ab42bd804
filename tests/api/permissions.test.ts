// Every project-scoped route × every kind of caller: non-members get 404, members without the role
// get 403, and the route works for the roles that may use it. Each case starts from fresh data.
import { describe, expect, it } from "vitest";
import * as github from "@/app/api/v1/projects/[projectId]/github/route";
import * as githubWebhookSecret from "@/app/api/v1/projects/[projectId]/github/webhook-secret/route";
import * as implementation from "@/app/api/v1/projects/[projectId]/implementations/[implementationId]/route";
import * as implementations from "@/app/api/v1/projects/[projectId]/implementations/route";
import * as invitation from "@/app/api/v1/projects/[projectId]/invitations/[invitationId]/route";
import * as invitations from "@/app/api/v1/projects/[projectId]/invitations/route";
import * as key from "@/app/api/v1/projects/[projectId]/keys/[keyId]/route";
import * as rotatePublic from "@/app/api/v1/projects/[projectId]/keys/rotate-public/route";
import * as keys from "@/app/api/v1/projects/[projectId]/keys/route";
import * as member from "@/app/api/v1/projects/[projectId]/members/[userId]/route";
import * as members from "@/app/api/v1/projects/[projectId]/members/route";
import * as outbox from "@/app/api/v1/projects/[projectId]/outbox/route";
import * as outboxRetry from "@/app/api/v1/projects/[projectId]/outbox/retry/route";
import * as project from "@/app/api/v1/projects/[projectId]/route";
import * as sessionEvents from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/events/route";
import * as sessionMedia from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/route";
import * as reprocess from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/reprocess/route";
import * as session from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/route";
import * as sessions from "@/app/api/v1/projects/[projectId]/sessions/route";
import * as signals from "@/app/api/v1/projects/[projectId]/signals/route";
import * as task from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/route";
import * as taskFollowUp from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/follow-up/route";
import * as taskImplement from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/implement/route";
import * as taskImplementations from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/implementations/route";
import * as taskMeasure from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/measure/route";
import * as taskSignal from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/signals/[signalId]/route";
import * as taskSpec from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/spec/route";
import * as tasks from "@/app/api/v1/projects/[projectId]/tasks/route";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

type Caller = Role | "non_member" | "own_secret_key" | "foreign_secret_key";
type Handler = Parameters<typeof callRoute>[0];

interface Fixture {
  projectId: string;
  targetUserId: string;
  invitationId: string;
  secretKeyId: string;
  sessionId: string;
  taskId: string;
  signalId: string;
  implementationId: string;
}

interface RouteCase {
  name: string;
  handler: Handler;
  method: string;
  params: (f: Fixture) => Record<string, string>;
  body?: () => unknown;
  /** the lowest role allowed; secret keys act as "member" on "principal" routes */
  allowed: Role;
  /** routes that need a user (session or personal token) refuse secret keys */
  userOnly: boolean;
  success: number;
}

const p = (f: Fixture) => ({ projectId: f.projectId });
const routes: RouteCase[] = [
  { name: "GET project", handler: project.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "PATCH project", handler: project.PATCH, method: "PATCH", params: p, body: () => ({ name: "Renamed" }), allowed: "admin", userOnly: false, success: 200 },
  { name: "DELETE project", handler: project.DELETE, method: "DELETE", params: p, allowed: "owner", userOnly: false, success: 204 },
  { name: "GET members", handler: members.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  {
    name: "PATCH member",
    handler: member.PATCH,
    method: "PATCH",
    params: (f) => ({ projectId: f.projectId, userId: f.targetUserId }),
    body: () => ({ role: "viewer" }),
    allowed: "admin",
    userOnly: true,
    success: 200,
  },
  {
    name: "DELETE member",
    handler: member.DELETE,
    method: "DELETE",
    params: (f) => ({ projectId: f.projectId, userId: f.targetUserId }),
    allowed: "admin",
    userOnly: true,
    success: 204,
  },
  { name: "GET invitations", handler: invitations.GET, method: "GET", params: p, allowed: "admin", userOnly: true, success: 200 },
  {
    name: "POST invitation",
    handler: invitations.POST,
    method: "POST",
    params: p,
    body: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.test`, role: "member" }),
    allowed: "admin",
    userOnly: true,
    success: 201,
  },
  {
    name: "DELETE invitation",
    handler: invitation.DELETE,
    method: "DELETE",
    params: (f) => ({ projectId: f.projectId, invitationId: f.invitationId }),
    allowed: "admin",
    userOnly: true,
    success: 200,
  },
  { name: "GET keys", handler: keys.GET, method: "GET", params: p, allowed: "admin", userOnly: true, success: 200 },
  { name: "POST key", handler: keys.POST, method: "POST", params: p, body: () => ({ name: "CI" }), allowed: "admin", userOnly: true, success: 201 },
  {
    name: "DELETE key",
    handler: key.DELETE,
    method: "DELETE",
    params: (f) => ({ projectId: f.projectId, keyId: f.secretKeyId }),
    allowed: "admin",
    userOnly: true,
    success: 200,
  },
  { name: "POST rotate-public", handler: rotatePublic.POST, method: "POST", params: p, allowed: "admin", userOnly: true, success: 201 },
  // operators' view of undelivered events (retrying with nothing undelivered sends nothing)
  { name: "GET outbox", handler: outbox.GET, method: "GET", params: p, allowed: "admin", userOnly: false, success: 200 },
  { name: "POST outbox retry", handler: outboxRetry.POST, method: "POST", params: p, allowed: "admin", userOnly: false, success: 200 },
  { name: "GET sessions", handler: sessions.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "POST sessions", handler: sessions.POST, method: "POST", params: p, body: () => ({ participant: { name: "Ana" } }), allowed: "member", userOnly: false, success: 201 },
  { name: "GET session", handler: session.GET, method: "GET", params: (f) => ({ projectId: f.projectId, sessionId: f.sessionId }), allowed: "viewer", userOnly: false, success: 200 },
  { name: "DELETE session", handler: session.DELETE, method: "DELETE", params: (f) => ({ projectId: f.projectId, sessionId: f.sessionId }), allowed: "member", userOnly: false, success: 200 },
  { name: "POST reprocess", handler: reprocess.POST, method: "POST", params: (f) => ({ projectId: f.projectId, sessionId: f.sessionId }), allowed: "member", userOnly: false, success: 202 },
  { name: "GET session events", handler: sessionEvents.GET, method: "GET", params: (f) => ({ projectId: f.projectId, sessionId: f.sessionId }), allowed: "viewer", userOnly: false, success: 200 },
  {
    name: "GET session media",
    handler: sessionMedia.GET,
    method: "GET",
    params: (f) => ({ projectId: f.projectId, sessionId: f.sessionId, kind: "audio" }),
    allowed: "viewer",
    userOnly: false,
    success: 200,
  },
  { name: "GET signals", handler: signals.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "GET tasks", handler: tasks.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "GET task", handler: task.GET, method: "GET", params: (f) => ({ projectId: f.projectId, taskId: f.taskId }), allowed: "viewer", userOnly: false, success: 200 },
  {
    name: "PATCH task",
    handler: task.PATCH,
    method: "PATCH",
    params: (f) => ({ projectId: f.projectId, taskId: f.taskId }),
    body: () => ({ status: "ready" }),
    allowed: "member",
    userOnly: false,
    success: 200,
  },
  {
    name: "POST task signal",
    handler: taskSignal.POST,
    method: "POST",
    params: (f) => ({ projectId: f.projectId, taskId: f.taskId, signalId: f.signalId }),
    allowed: "member",
    userOnly: false,
    success: 200,
  },
  {
    name: "DELETE task signal",
    handler: taskSignal.DELETE,
    method: "DELETE",
    params: (f) => ({ projectId: f.projectId, taskId: f.taskId, signalId: f.signalId }),
    allowed: "member",
    userOnly: false,
    success: 200,
  },
  // the GitHub loop (connecting itself needs GitHub: tests/api/github-connection.test.ts)
  { name: "GET github", handler: github.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "DELETE github", handler: github.DELETE, method: "DELETE", params: p, allowed: "admin", userOnly: false, success: 204 },
  { name: "POST github webhook-secret", handler: githubWebhookSecret.POST, method: "POST", params: p, allowed: "admin", userOnly: false, success: 201 },
  { name: "POST task spec", handler: taskSpec.POST, method: "POST", params: (f) => ({ projectId: f.projectId, taskId: f.taskId }), allowed: "member", userOnly: false, success: 202 },
  {
    name: "POST task implement (dry run)",
    handler: taskImplement.POST,
    method: "POST",
    params: (f) => ({ projectId: f.projectId, taskId: f.taskId }),
    body: () => ({ dryRun: true }),
    allowed: "member",
    userOnly: false,
    success: 202,
  },
  { name: "POST task measure", handler: taskMeasure.POST, method: "POST", params: (f) => ({ projectId: f.projectId, taskId: f.taskId }), allowed: "member", userOnly: false, success: 201 },
  { name: "GET task follow-up invitees", handler: taskFollowUp.GET, method: "GET", params: (f) => ({ projectId: f.projectId, taskId: f.taskId }), allowed: "member", userOnly: false, success: 200 },
  { name: "GET implementations", handler: implementations.GET, method: "GET", params: p, allowed: "viewer", userOnly: false, success: 200 },
  { name: "GET task implementations", handler: taskImplementations.GET, method: "GET", params: (f) => ({ projectId: f.projectId, taskId: f.taskId }), allowed: "viewer", userOnly: false, success: 200 },
  {
    name: "GET implementation",
    handler: implementation.GET,
    method: "GET",
    params: (f) => ({ projectId: f.projectId, implementationId: f.implementationId }),
    allowed: "viewer",
    userOnly: false,
    success: 200,
  },
];

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
const callers: Caller[] = ["owner", "admin", "member", "viewer", "non_member", "own_secret_key", "foreign_secret_key"];

function expectedStatus(route: RouteCase, caller: Caller): number {
  if (caller === "own_secret_key" || caller === "foreign_secret_key") {
    if (route.userOnly) return 403;
    if (caller === "foreign_secret_key") return 404;
    return rank.member >= rank[route.allowed] ? route.success : 403;
  }
  if (caller === "non_member") return 404;
  return rank[caller] >= rank[route.allowed] ? route.success : 403;
}

// lastUsedAt records the caller's own key use, which is not a change made by the refused request.
async function snapshot(projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, include: { memberships: true, keys: true, invitations: true, sessions: true, tasks: { include: { signals: true, measurements: true } }, implementations: true, githubConnection: true } });
  return project && { ...project, keys: project.keys.map(({ lastUsedAt: _lastUsedAt, ...k }) => k) };
}

async function setup(caller: Caller): Promise<{ fixture: Fixture; token: string }> {
  const owner = await createOwnerWithProject(db);
  const target = await createUser(db);
  await addMember(db, { projectId: owner.project.id, userId: target.id, role: "member" });
  const inv = await db.invitation.create({
    data: {
      projectId: owner.project.id,
      email: `invited-${Math.random().toString(36).slice(2)}@example.test`,
      role: "member",
      tokenHash: hashSecret(generateSecret("invitation")),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await createSecretKeyFor(db, { projectId: owner.project.id });
  const secretKey = await db.projectKey.findFirstOrThrow({ where: { projectId: owner.project.id, kind: "secret" } });
  const completed = await db.session.create({ data: { projectId: owner.project.id, status: "completed", processingStatus: "processed" } });
  const aTask = await db.task.create({ data: { projectId: owner.project.id, title: "A task" } });
  const aSignal = await db.signal.create({
    data: { projectId: owner.project.id, sessionId: completed.id, type: "workaround", quote: "I copy it by hand", confidence: 0.8, intensity: 0.5 },
  });
  // a merged pull request (to measure) and a stored GitHub connection (to rotate or remove)
  const merged = await db.implementation.create({ data: { projectId: owner.project.id, taskId: aTask.id, status: "merged", mergedAt: new Date(Date.now() - 86_400_000), prNumber: 1 } });
  await db.githubConnection.create({ data: { projectId: owner.project.id, authKind: "token", owner: "acme", repo: "app", credentials: "v1.sealed", webhookSecret: "v1.sealed" } });
  const fixture = {
    projectId: owner.project.id,
    targetUserId: target.id,
    invitationId: inv.id,
    secretKeyId: secretKey.id,
    sessionId: completed.id,
    taskId: aTask.id,
    signalId: aSignal.id,
    implementationId: merged.id,
  };

  let token: string;
  if (caller === "owner") token = owner.token;
  else if (caller === "own_secret_key") token = await createSecretKeyFor(db, { projectId: owner.project.id });
  else if (caller === "foreign_secret_key") token = await createSecretKeyFor(db, { projectId: (await createOwnerWithProject(db)).project.id });
  else {
    const user = await createUser(db);
    if (caller !== "non_member") await addMember(db, { projectId: owner.project.id, userId: user.id, role: caller });
    token = await createApiTokenFor(db, { userId: user.id });
  }
  return { fixture, token };
}

describe.each(routes)("$name", (route) => {
  it.each(callers)("as %s", async (caller) => {
    const { fixture, token } = await setup(caller);
    const before = await snapshot(fixture.projectId);
    const res = await callRoute(route.handler, { method: route.method, token, params: route.params(fixture), body: route.body?.() });
    const expected = expectedStatus(route, caller);
    expect(res.status, JSON.stringify(res.json)).toBe(expected);
    if (expected >= 400) {
      expect(res.json.error.code).toBe(expected === 404 ? "not_found" : "forbidden");
      // a refused request changes nothing
      expect(await snapshot(fixture.projectId)).toEqual(before);
    }
  });
});
