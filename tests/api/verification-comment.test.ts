// The "Did it work?" comment on the merged pull request, run as Inngest runs it (@inngest/test) with
// the real Octokit against the loopback fake GitHub: posted once, then edited in place as verdicts
// arrive; a GitHub 500 is retried without a second comment; a comment deleted on GitHub is posted
// again; a lost comment id is found by the comment's marker. Quotes are redacted, participants
// numbered, and "#12" / "@name" made inert.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeGithub } from "@/tests/fakes/fake-github-server";
import { REPO, REPO_FILES, TOKEN } from "@/tests/helpers/github-loop-fixtures";

const github = await startFakeGithub();
vi.stubEnv("GITHUB_API_URL", github.url);
afterAll(async () => {
  vi.unstubAllEnvs();
  await github.close();
});

const { db } = await import("@/lib/db");
const { connectGithub } = await import("@/lib/github/connect-github");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { postVerificationCommentFunction } = await import("@/inngest/functions/post-verification-comment");
const { mergedTaskWithVerdicts, PARTICIPANTS } = await import("@/tests/helpers/verification-fixtures");

const PR = 7;
const WJ = "\u2060";

beforeEach(() => {
  github.reset();
  github.addRepo({ fullName: REPO, files: REPO_FILES });
  github.addToken(TOKEN, { repos: [REPO], push: true });
  github.repo(REPO).pulls.push({
    number: PR,
    title: "Export invoices to Xero reliably",
    body: "",
    head: "usertests/export-invoices",
    base: "main",
    state: "closed",
    merged: true,
    labels: [],
    html_url: `https://github.test/${REPO}/pull/${PR}`,
  });
});

async function connectedTask(options: { connect?: boolean } = {}) {
  const { project, user } = await createOwnerWithProject(db);
  if (options.connect !== false)
    await connectGithub({
      projectId: project.id,
      actorUserId: user.id,
      actor: { kind: "user", id: user.id },
      data: { kind: "token", repository: REPO, token: TOKEN },
    });
  const fx = await mergedTaskWithVerdicts(db, { projectId: project.id, prNumber: PR, repo: REPO });
  return { projectId: project.id, ...fx };
}

const run = (projectId: string, taskId: string) =>
  new InngestTestEngine({
    function: postVerificationCommentFunction,
    events: [{ name: "follow-up/verdicts.updated", data: { projectId, taskId } }],
  }).execute();

const comments = () => github.repo(REPO).comments;
const storedId = async (implementationId: string) =>
  (await db.implementation.findUniqueOrThrow({ where: { id: implementationId } })).verificationCommentId;

/** one more participant who confirms both criteria: the task becomes verified */
async function addDan(fx: Awaited<ReturnType<typeof connectedTask>>) {
  const session = await db.session.create({ data: { projectId: fx.projectId, status: "completed", participantName: "Dan Wu" } });
  for (const criterionIndex of [0, 1])
    await db.followUpVerdict.create({
      data: {
        projectId: fx.projectId,
        taskId: fx.task.id,
        sessionId: session.id,
        criterionIndex,
        criterion: "",
        verdict: "fixed",
        quote: "works for me now",
        confidence: 0.9,
      },
    });
}

describe("post-verification-comment", () => {
  it("posts the summary once, then edits the same comment as verdicts change", async () => {
    const fx = await connectedTask();
    const first = await run(fx.projectId, fx.task.id);
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ action: "created", prNumber: PR });
    expect(comments()).toHaveLength(1);
    const [comment] = comments();
    expect(comment.issue_number).toBe(PR);
    expect(String(await storedId(fx.implementation.id))).toBe(String(comment.id));

    const body = comment.body;
    expect(body).toMatch(/^<!-- usertests:verification -->/);
    expect(body).toContain("Did it work? Partly fixed");
    expect(body).toContain("follow-up-majority-v1");
    expect(body).toMatch(/\| 1\. Invoices reach Xero without a manual export \| 2 \| 1 \| 0 \| 0 \| ✅ fixed \|/);
    expect(body).toContain("Participant 1: fixed — “they just land in Xero now, I checked twice”");
    expect(body).toContain("Participant 3: fixed _(unclear answer, not counted)_");
    // redacted, numbered, inert on GitHub
    expect(body).toContain("mail me at [email]");
    expect(body).toContain(`see #${WJ}12 and ping @${WJ}octocat`);
    for (const p of PARTICIPANTS) {
      expect(body).not.toContain(p.name);
      expect(body).not.toContain(p.email);
    }
    expect(body).not.toContain("ana.private@example.org");
    expect(body).toContain(`/projects/${fx.projectId}/sessions/${fx.sessions[0].id}?t=30000`);

    await addDan(fx);
    const second = await run(fx.projectId, fx.task.id);
    expect(second.result).toMatchObject({ action: "updated", commentId: String(comment.id) });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain("Did it work? Verified fixed");
    expect(comments()[0].body).toContain("Participant 4: fixed");
    const writes = github.requests.filter((r) => r.path.includes("/comments") && r.method !== "GET");
    expect(writes.map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });

  it("a GitHub 500 is retried without posting twice", async () => {
    const fx = await connectedTask();
    github.failNext("POST", /\/issues\/\d+\/comments$/, 500, "Server Error");
    const failed = await run(fx.projectId, fx.task.id);
    expect(failed.error).toBeDefined();
    expect(comments()).toHaveLength(0);
    expect(await storedId(fx.implementation.id)).toBeNull();

    const retried = await run(fx.projectId, fx.task.id);
    expect(retried.error).toBeUndefined();
    expect(retried.result).toMatchObject({ action: "created" });
    expect(comments()).toHaveLength(1);
    // and once more: an edit, not a second comment
    await run(fx.projectId, fx.task.id);
    expect(comments()).toHaveLength(1);
  });

  it("a comment deleted on GitHub is posted again; a lost id is found by the marker instead of posting twice", async () => {
    const fx = await connectedTask();
    await run(fx.projectId, fx.task.id);
    const deleted = comments().splice(0, 1)[0];
    const again = await run(fx.projectId, fx.task.id);
    expect(again.result).toMatchObject({ action: "created" });
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).not.toBe(deleted.id);
    expect(String(await storedId(fx.implementation.id))).toBe(String(comments()[0].id));

    // the id was never saved (a crash right after posting): the marker finds the comment
    await db.implementation.update({ where: { id: fx.implementation.id }, data: { verificationCommentId: null } });
    const found = await run(fx.projectId, fx.task.id);
    expect(found.result).toMatchObject({ action: "updated", commentId: String(comments()[0].id) });
    expect(comments()).toHaveLength(1);
    expect(String(await storedId(fx.implementation.id))).toBe(String(comments()[0].id));
  });

  it("skips without a GitHub connection, a merge or verdicts", async () => {
    const unconnected = await connectedTask({ connect: false });
    expect((await run(unconnected.projectId, unconnected.task.id)).result).toMatchObject({
      action: "skipped",
      reason: "no GitHub connection",
    });
    const fx = await connectedTask();
    await db.followUpVerdict.deleteMany({ where: { taskId: fx.task.id } });
    expect((await run(fx.projectId, fx.task.id)).result).toMatchObject({ action: "skipped", reason: "no verdicts yet" });
    const open = await db.task.create({ data: { projectId: fx.projectId, title: "Not merged" } });
    expect((await run(fx.projectId, open.id)).result).toMatchObject({ action: "skipped", reason: "no merged pull request" });
    expect(comments()).toHaveLength(0);
  });
});
