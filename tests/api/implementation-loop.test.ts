// The implementation loop through the API and the real Inngest functions (run by @inngest/test):
// spec with repository context, the pull request with its evidence, idempotent retries, GitHub
// errors on the task, dry runs, and the signed webhook. Real Octokit against a loopback fake GitHub,
// the real Anthropic SDK against the fake Claude, the real Inngest SDK sending to a fake event API.
import { generateKeyPairSync } from "node:crypto";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";
import { startFakeGithub } from "@/tests/fakes/fake-github-server";
import { startFakeInngest } from "@/tests/fakes/fake-inngest";
import { claude as specResponder } from "@/tests/fakes/responders/spec";
import {
  projectWithEvidence,
  pullRequestClosed,
  pullRequestReopened,
  REPO,
  REPO_FILES,
  signedDelivery,
  TOKEN,
} from "@/tests/helpers/github-loop-fixtures";
import { callRoute } from "../helpers/call-route";

const github = await startFakeGithub();
const ai = await startFakeAiServer();
const inngestApi = await startFakeInngest();
for (const [k, v] of Object.entries({ ...ai.env("test-key"), GITHUB_API_URL: github.url, INNGEST_DEV: inngestApi.url })) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { outboxDispatchSettled } = await import("@/lib/outbox/kick-dispatch");
const { generateSpecFunction } = await import("@/inngest/functions/generate-spec");
const { pushImplementationFunction } = await import("@/inngest/functions/push-implementation");
const { createUser, addMember, createApiTokenFor } = await import("@/prisma/factories/identity");
const connectRoute = await import("@/app/api/v1/projects/[projectId]/github/route");
const specRoute = await import("@/app/api/v1/projects/[projectId]/tasks/[taskId]/spec/route");
const implementRoute = await import("@/app/api/v1/projects/[projectId]/tasks/[taskId]/implement/route");
const listRoute = await import("@/app/api/v1/projects/[projectId]/tasks/[taskId]/implementations/route");
const oneRoute = await import("@/app/api/v1/projects/[projectId]/implementations/[implementationId]/route");
const webhook = await import("@/app/api/webhooks/github/route");

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([github.close(), ai.close(), inngestApi.close()]);
});

beforeEach(() => {
  github.reset();
  github.addRepo({ fullName: REPO, files: REPO_FILES });
  github.addToken(TOKEN, { repos: [REPO], push: true });
  ai.reset();
  ai.claude.use(specResponder);
});

async function connectedProject() {
  const fx = await projectWithEvidence(db);
  const res = await callRoute(connectRoute.POST, {
    method: "POST",
    token: fx.token,
    params: { projectId: fx.projectId },
    body: { kind: "token", repository: REPO, token: TOKEN },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return { ...fx, webhookSecret: res.json.webhookSecret as string, params: { projectId: fx.projectId, taskId: fx.task.id } };
}

/** The event the route queued, as Inngest received it from the outbox. */
async function delivered(name: string, implementationId: string) {
  await outboxDispatchSettled();
  const event = [...inngestApi.received].reverse().find((e) => e.name === name && e.data.implementationId === implementationId);
  expect(event, `${name} was delivered to Inngest`).toBeDefined();
  return { name: event!.name, id: event!.id, data: event!.data };
}

// a fresh engine per run: an engine memoizes step results across executions
const run = (fn: typeof generateSpecFunction | typeof pushImplementationFunction, event: { name: string; data: Record<string, unknown> }) =>
  new InngestTestEngine({ function: fn, events: [event as never] }).execute();

async function implement(params: { projectId: string; taskId: string }, token: string, body: object = {}) {
  const res = await callRoute(implementRoute.POST, { method: "POST", token, params, body });
  expect(res.status, JSON.stringify(res.json)).toBe(202);
  return res.json as { implementation: { id: string; status: string }; queued: boolean };
}

describe("spec", () => {
  it("is written from the evidence and the repository's most related files", async () => {
    const { params, token, task, sessions } = await connectedProject();
    const res = await callRoute(specRoute.POST, { method: "POST", token, params, body: {} });
    expect(res.status).toBe(202);
    expect(res.json.implementation.status).toBe("pending");
    const { error } = await run(generateSpecFunction, await delivered("implementation/spec.requested", res.json.implementation.id));
    expect(error).toBeUndefined();

    const impl = await db.implementation.findUniqueOrThrow({ where: { id: res.json.implementation.id } });
    expect(impl.status).toBe("spec_ready");
    const spec = impl.spec!;
    for (const h of ["Objective", "User evidence", "Acceptance criteria", "Constraints", "Relevant files", "Measurement plan"])
      expect(spec).toContain(`## ${h}`);
    // quotes are the participants' words, each linked to its moment in the session
    expect(spec).toContain(
      `“the export to Xero breaks and I redo it all by hand” — Participant 1 · [session moment](http://localhost:3000/projects/${params.projectId}/sessions/${sessions[0].id}?t=40000)`,
    ); // ?t= is milliseconds, as the session page reads it
    expect(spec).toContain("4 signals from 3 sessions (2 participants)");
    // acceptance criteria come from the desired outcome and the struggle
    expect(spec).toContain(
      "- [ ] A participant can reach this outcome without help: I just want invoices to land in my accounting without me touching them",
    );
    expect(spec).toContain("- [ ] This struggle no longer happens: the export to Xero breaks");
    // repository context: the tree, then the files named after the problem; lock files and images never
    expect(spec).toContain("`src/invoices/export-invoices.ts`");
    const fetched = github.requests
      .filter((r) => r.path.includes("/contents/"))
      .map((r) => decodeURIComponent(r.path.split("/contents/")[1].split("?")[0]));
    expect(fetched[0]).toBe("src/invoices/export-invoices.ts");
    expect(fetched).toContain("src/accounting/xero-client.ts");
    expect(fetched).not.toContain("src/auth/login-form.tsx");
    expect(fetched).not.toContain("package-lock.json");
    const prompt = JSON.stringify(ai.claude.requests.at(-1)!.body.messages);
    expect(prompt).toContain("sends invoices to the accounting integration");
    expect(await db.llmUsage.count({ where: { projectId: params.projectId, purpose: "spec" } })).toBe(1);
    expect(task.status).toBe("ready");
  });

  it("a spec that cites evidence the task does not have fails the step (retried), never stored", async () => {
    const { params, token } = await connectedProject();
    ai.reset();
    ai.claude.reply({
      content: [
        {
          type: "tool_use",
          name: "write_spec",
          input: {
            objective: "Make exports reliable for everyone.",
            acceptanceCriteria: [{ criterion: "Exports work", sourceSignalIds: ["sig_invented"] }],
            constraints: [],
            relevantFiles: [],
          },
        },
      ],
    });
    const res = await callRoute(specRoute.POST, { method: "POST", token, params, body: {} });
    const { error } = await run(generateSpecFunction, await delivered("implementation/spec.requested", res.json.implementation.id));
    expect(String((error as Error).message)).toContain("not desired outcomes or struggles of this task");
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: res.json.implementation.id } });
    // the first attempt of three: retried, so not failed yet, and no spec
    expect(impl).toMatchObject({ status: "pending", spec: null });
  });
});

describe("pull request", () => {
  it("creates the branch, commits the spec, opens a PR carrying the evidence, labels it; the task moves to in review", async () => {
    const { params, token, task } = await connectedProject();
    const { implementation, queued } = await implement(params, token);
    expect(queued).toBe(true);
    expect(implementation.status).toBe("pushing");
    const { error, result } = await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    expect(error).toBeUndefined();

    const branch = `usertests/${task.id}-exporting-invoices-to-accounting-software`;
    expect(result).toMatchObject({ branch, prNumber: 1 });
    const repo = github.repo(REPO);
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } });
    expect(repo.file(branch, `docs/usertests/${task.id}.md`)).toBe(impl.spec);
    expect(repo.commitsAhead(branch)).toBe(1);
    expect(repo.pulls).toHaveLength(1);
    const pr = repo.pulls[0];
    expect(pr).toMatchObject({
      title: "Improve: Exporting invoices to accounting software",
      head: branch,
      base: "main",
      labels: ["usertests", "user-evidence"],
    });
    expect(pr.body).toContain("Sessions: **3** · Participants: **2** · Signals: **4**");
    expect(pr.body).toContain("“I just want invoices to land in my accounting without me touching them”");
    expect(pr.body).toMatch(/### Acceptance criteria\n\n- \[ \] /);
    expect(pr.body).toContain("### Measurement plan");
    expect(pr.body).toContain(`docs/usertests/${task.id}.md`);

    expect(impl).toMatchObject({
      status: "open",
      branch,
      prNumber: 1,
      prUrl: `https://github.test/${REPO}/pull/1`,
      prState: "open",
      repo: REPO,
      error: null,
    });
    expect(impl.commitSha).toMatch(/^[0-9a-f]{40}$/);
    const after = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: { statusChanges: true } });
    expect(after.status).toBe("in_review");
    expect(after.statusChanges.map((c) => [c.fromStatus, c.toStatus])).toEqual([["ready", "in_review"]]);
  });

  it("a retry after a failure half-way and a second click reuse the branch, the commit and the PR", async () => {
    const { params, token, task } = await connectedProject();
    const { implementation } = await implement(params, token);
    const event = await delivered("implementation/push.requested", implementation.id);
    github.failNext("POST", /\/pulls$/, 502, "Server Error");
    const first = await run(pushImplementationFunction, event);
    expect(first.error).toBeDefined();
    // retriable: the attempt is still in progress, and the branch and its commit exist
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } })).status).toBe("pushing");
    const branch = `usertests/${task.id}-exporting-invoices-to-accounting-software`;
    expect(github.repo(REPO).commitsAhead(branch)).toBe(1);

    // renamed before the retry: the retry keeps the branch it started (no second branch or PR)
    await db.task.update({ where: { id: task.id }, data: { title: "Send invoices to the accountant" } });
    const second = await run(pushImplementationFunction, event);
    expect(second.error).toBeUndefined();
    const third = await run(pushImplementationFunction, event); // a replay of a finished run
    expect(third.error).toBeUndefined();
    expect(github.repo(REPO).commitsAhead(branch)).toBe(1);
    expect(github.repo(REPO).pulls).toHaveLength(1);
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } })).branch).toBe(branch);

    // the button again: the open attempt is returned, nothing is queued
    const again = await implement(params, token);
    expect(again).toMatchObject({ queued: false, implementation: { id: implementation.id, status: "open" } });
    expect(await db.implementation.count({ where: { taskId: task.id } })).toBe(1);
  });

  it("two clicks at once start one attempt", async () => {
    const { params, token, task } = await connectedProject();
    const [a, b] = await Promise.all([implement(params, token), implement(params, token)]);
    expect(a.implementation.id).toBe(b.implementation.id);
    expect([a.queued, b.queued].sort()).toEqual([false, true]);
    expect(await db.implementation.count({ where: { taskId: task.id } })).toBe(1);
  });

  it("with a GitHub App connection the writes use the installation's token", async () => {
    const fx = await projectWithEvidence(db);
    const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    github.addInstallation({ id: "31", appId: "1001", repos: [REPO] });
    const connected = await callRoute(connectRoute.POST, {
      method: "POST",
      token: fx.token,
      params: { projectId: fx.projectId },
      body: { kind: "app", repository: REPO, appId: "1001", installationId: "31", privateKey },
    });
    expect(connected.status, JSON.stringify(connected.json)).toBe(200);
    const { implementation } = await implement({ projectId: fx.projectId, taskId: fx.task.id }, fx.token);
    const { error } = await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    expect(error).toBeUndefined();
    const create = github.requests.find((r) => r.method === "POST" && r.path.endsWith("/pulls"));
    expect(create?.auth).toMatch(/^token ghs_/);
    expect(github.repo(REPO).pulls).toHaveLength(1);
  });

  it("a GitHub outage on the push's last attempt (4: the function's retries + 1) fails the attempt with the reason", async () => {
    const { params, token, task } = await connectedProject();
    const { implementation } = await implement(params, token);
    const event = await delivered("implementation/push.requested", implementation.id);
    const attemptNumber = (attempt: number) =>
      new InngestTestEngine({
        function: pushImplementationFunction,
        events: [event as never],
        transformCtx: (ctx) => ({ ...mockCtx(ctx), attempt }),
      }).execute();

    github.failNext("POST", /\/pulls$/, 502, "Server Error");
    expect((await attemptNumber(2)).error).toBeDefined();
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } })).status).toBe("pushing");

    github.failNext("POST", /\/pulls$/, 502, "Server Error");
    const last = await attemptNumber(3);
    expect((last.error as Error).name).toBe("NonRetriableError");
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } });
    expect(impl).toMatchObject({ status: "failed", error: "GitHub is failing (502); retrying later." });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("ready");
  });

  it("no permission: the attempt fails at once with the reason, the task keeps its status", async () => {
    const { params, token, task } = await connectedProject();
    github.addToken(TOKEN, { repos: [REPO], push: false });
    const { implementation } = await implement(params, token);
    const { error } = await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    expect((error as Error).name).toBe("NonRetriableError");
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } });
    expect(impl.status).toBe("failed");
    expect(impl.error).toContain(`No permission on ${REPO}`);
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("ready");
    expect(github.repo(REPO).pulls).toHaveLength(0);

    // access fixed: the same attempt is retried and succeeds
    github.addToken(TOKEN, { repos: [REPO], push: true });
    const retry = await implement(params, token);
    expect(retry.implementation.id).toBe(implementation.id);
    expect(
      (await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id))).error,
    ).toBeUndefined();
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } })).status).toBe("open");
  });

  it("branch protection and a missing repository are shown with a clear reason", async () => {
    const { params, token, projectId } = await connectedProject();
    github.reset();
    github.addRepo({ fullName: REPO, files: REPO_FILES, restrictBranchCreation: true });
    github.addToken(TOKEN, { repos: [REPO], push: true });
    const { implementation } = await implement(params, token);
    await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } })).error).toMatch(
      /^Branch protection refused the change on acme\/web-app: Repository rule violations found/,
    );

    github.reset(); // the repository is gone (renamed or deleted)
    github.addToken(TOKEN, { repos: "*", push: true });
    await implement(params, token);
    await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } });
    expect(impl).toMatchObject({ status: "failed", error: `Repository ${REPO} was not found, or the credentials cannot see it.` });
    const list = await callRoute(listRoute.GET, { token, params });
    expect(list.json.implementations[0]).toMatchObject({ status: "failed", error: impl.error });
    expect(projectId).toBeTruthy();
  });

  it("a dry run records the branch, title and body without writing to GitHub", async () => {
    const { params, token } = await connectedProject();
    const { implementation } = await implement(params, token, { dry_run: true });
    const { error } = await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id));
    expect(error).toBeUndefined();
    const impl = await db.implementation.findUniqueOrThrow({ where: { id: implementation.id } });
    expect(impl).toMatchObject({ status: "spec_ready", dryRun: true, prNumber: null });
    expect(impl.prBody).toContain("Sessions: **3**");
    expect(impl.branch).toMatch(/^usertests\//);
    expect(github.requests.filter((r) => r.method !== "GET" && !r.path.startsWith("/app/"))).toEqual([]);
  });

  it("implementing without a GitHub connection is a 409 with what to do", async () => {
    const fx = await projectWithEvidence(db);
    const res = await callRoute(implementRoute.POST, {
      method: "POST",
      token: fx.token,
      params: { projectId: fx.projectId, taskId: fx.task.id },
      body: {},
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toContain("Connect a GitHub repository");
  });

  it("a viewer reads implementations but cannot act", async () => {
    const { params, projectId } = await connectedProject();
    const viewer = await createUser(db);
    await addMember(db, { projectId, userId: viewer.id, role: "viewer" });
    const viewerToken = await createApiTokenFor(db, { userId: viewer.id });
    expect((await callRoute(implementRoute.POST, { method: "POST", token: viewerToken, params, body: {} })).status).toBe(403);
    expect((await callRoute(specRoute.POST, { method: "POST", token: viewerToken, params, body: {} })).status).toBe(403);
    expect((await callRoute(listRoute.GET, { token: viewerToken, params })).status).toBe(200);
    expect(await db.implementation.count({ where: { projectId } })).toBe(0);
  });
});

describe("webhook", () => {
  async function openPullRequest() {
    const fx = await connectedProject();
    const { implementation } = await implement(fx.params, fx.token);
    expect(
      (await run(pushImplementationFunction, await delivered("implementation/push.requested", implementation.id))).error,
    ).toBeUndefined();
    return { ...fx, implementationId: implementation.id };
  }

  const post = (d: { rawBody: string; headers: Record<string, string> }) =>
    callRoute(webhook.POST, { method: "POST", path: "/api/webhooks/github", rawBody: d.rawBody, headers: d.headers });

  it("refuses unsigned and wrongly signed deliveries with 401 and changes nothing", async () => {
    const { webhookSecret, implementationId, task } = await openPullRequest();
    const good = await signedDelivery(webhookSecret, "pull_request", pullRequestClosed({ number: 1, merged: true }));
    const { "x-hub-signature-256": _sig, ...unsigned } = good.headers;
    expect((await post({ rawBody: good.rawBody, headers: unsigned })).status).toBe(401);
    const wrong = await signedDelivery("not-the-secret", "pull_request", pullRequestClosed({ number: 1, merged: true }));
    const res = await post(wrong);
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
    // a body changed after signing
    expect((await post({ rawBody: good.rawBody.replace('"merged":true', '"merged":false'), headers: good.headers })).status).toBe(401);
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementationId } })).status).toBe("open");
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("in_review");
    expect(await db.githubWebhookDelivery.count()).toBe(0);
  });

  it("merged → implementation merged and task done, measurement scheduled; a redelivery is ignored", async () => {
    const { webhookSecret, implementationId, task } = await openPullRequest();
    const mergedAt = "2026-11-29T10:00:00.000Z";
    const delivery = await signedDelivery(
      webhookSecret,
      "pull_request",
      pullRequestClosed({ number: 1, merged: true, mergedAt }),
      "delivery-1",
    );
    const res = await post(delivery);
    expect(res.status).toBe(200);
    expect(res.json.outcome).toBe("merged");
    expect(await db.implementation.findUniqueOrThrow({ where: { id: implementationId } })).toMatchObject({
      status: "merged",
      prState: "merged",
      mergedAt: new Date(mergedAt),
    });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("done");
    const merged = await delivered("implementation/merged", implementationId);
    expect(merged.data).toMatchObject({ taskId: task.id, mergedAt });

    const again = await post(delivery);
    expect(again.status).toBe(200);
    expect(again.json.outcome).toBe("duplicate");
    expect(await db.outboxEvent.count({ where: { name: "implementation/merged" } })).toBe(1);
    expect(await db.taskStatusChange.count({ where: { taskId: task.id, toStatus: "done" } })).toBe(1);
  });

  it("closed without merge → the task goes back to ready", async () => {
    const { webhookSecret, implementationId, task, token, projectId } = await openPullRequest();
    const res = await post(await signedDelivery(webhookSecret, "pull_request", pullRequestClosed({ number: 1, merged: false })));
    expect(res.json.outcome).toBe("closed");
    expect(await db.implementation.findUniqueOrThrow({ where: { id: implementationId } })).toMatchObject({
      status: "closed",
      mergedAt: null,
    });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("ready");
    const one = await callRoute(oneRoute.GET, { token, params: { projectId, implementationId } });
    expect(one.json.implementation).toMatchObject({ id: implementationId, status: "closed", prNumber: 1 });
  });

  it("applies deliveries in the pull request's own order: a stale replay under a new delivery id changes nothing", async () => {
    const { webhookSecret, implementationId, task } = await openPullRequest();
    // closed at 10:00, reopened at 10:05, merged at 10:10 — GitHub's deliveries, each with its own id
    const closed = await signedDelivery(
      webhookSecret,
      "pull_request",
      pullRequestClosed({ number: 1, merged: false, updatedAt: "2026-11-29T10:00:00Z" }),
    );
    const reopened = await signedDelivery(
      webhookSecret,
      "pull_request",
      pullRequestReopened({ number: 1, updatedAt: "2026-11-29T10:05:00Z" }),
    );
    const merged = await signedDelivery(
      webhookSecret,
      "pull_request",
      pullRequestClosed({ number: 1, merged: true, mergedAt: "2026-11-29T10:10:00Z" }),
    );
    // arrive out of order: the reopen lands before the close it followed
    expect((await post(reopened)).json.outcome).toBe("reopened");
    expect((await post(closed)).json.outcome).toBe("stale");
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("in_review");
    expect((await post(merged)).json.outcome).toBe("merged");
    // an old, correctly signed delivery replayed under a new delivery id: the merged task stays done
    const replay = await signedDelivery(webhookSecret, "pull_request", JSON.parse(closed.rawBody), "replayed-delivery");
    expect((await post(replay)).json.outcome).toBe("stale");
    const replayedMerge = await signedDelivery(webhookSecret, "pull_request", JSON.parse(merged.rawBody), "replayed-merge");
    expect((await post(replayedMerge)).json.outcome).toBe("stale");
    expect((await db.implementation.findUniqueOrThrow({ where: { id: implementationId } })).status).toBe("merged");
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("done");
    const scheduled = await db.outboxEvent.findMany({ where: { name: "implementation/merged" } });
    expect(scheduled.filter((e) => (e.payload as { implementationId: string }).implementationId === implementationId)).toHaveLength(1);
  });

  it("other events are acknowledged and recorded without effect", async () => {
    const { webhookSecret } = await openPullRequest();
    const res = await post(await signedDelivery(webhookSecret, "push", { ref: "refs/heads/main", repository: { full_name: REPO } }));
    expect(res.status).toBe(200);
    expect(res.json.outcome).toBe("ignored");
  });
});
