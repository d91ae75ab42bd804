// An erasure reaches GitHub: every spec file and pull-request body that quoted the person gets the
// quotes replaced by "[removed at the participant's request]" — the spec committed on the branch of
// an open pull request, or on the default branch once merged, and the body edited through the API —
// and so do the stored spec and body. Real Octokit against the loopback fake GitHub; specs and pull
// requests are pushed by the real pushImplementation, so the quotes are matched in the form they were
// pushed (PII-redacted, one line, cut to 80 characters in criteria). A GitHub 500 is retried without
// committing or counting twice; a repository that is no longer connected is a note, not a failure.
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
const { env } = await import("@/lib/env");
const { mediaStorage } = await import("@/lib/storage");
const { connectGithub } = await import("@/lib/github/connect-github");
const { loadTaskEvidence } = await import("@/lib/implementations/task-evidence");
const { renderSpec } = await import("@/lib/implementations/render-spec");
const { pushImplementation } = await import("@/lib/implementations/push-implementation");
const { branchFor, specPathFor } = await import("@/lib/implementations/naming");
const { redactText } = await import("@/lib/privacy/redact-pii");
const { REMOVED_QUOTE } = await import("@/lib/erasure/quote-redaction");
const { requestErasure } = await import("@/lib/erasure/request-erasure");
const { eraseParticipantFunction } = await import("@/inngest/functions/erase-participant");
const { ANA, ANA_QUOTES, BEN_QUOTE, findEverywhere, participantsProject } = await import("@/tests/helpers/erasure-fixtures");

beforeEach(() => {
  github.reset();
  github.addRepo({ fullName: REPO, files: REPO_FILES });
  github.addToken(TOKEN, { repos: [REPO], push: true });
});

/** An implementation of the task with a spec written from its evidence (criteria repeating the quotes as the model saw them: redacted) and its pull request opened. */
async function pushed(projectId: string, taskId: string) {
  const evidence = await loadTaskEvidence({ projectId, taskId });
  const spec = renderSpec({
    evidence,
    output: {
      objective: "Make invoices reach the accounting software without manual work.",
      acceptanceCriteria: evidence.quotes.map((q) => ({
        criterion: `This struggle no longer happens: ${redactText(q.quote)}`,
        sourceSignalIds: [q.signalId],
      })),
      constraints: ["Keep existing data working."],
      relevantFiles: [{ path: "src/invoices/export-invoices.ts", reason: "Named after the problem." }],
    },
    repository: REPO,
    measurement: { windowDays: env().IMPACT_WINDOW_DAYS, minSessions: env().IMPACT_MIN_SESSIONS },
  });
  const implementation = await db.implementation.create({ data: { projectId, taskId, status: "pushing", spec } });
  await pushImplementation({ implementationId: implementation.id });
  return db.implementation.findUniqueOrThrow({ where: { id: implementation.id }, include: { task: true } });
}

async function connectedProject() {
  const fx = await participantsProject(db, mediaStorage());
  await connectGithub({
    projectId: fx.projectId,
    actorUserId: fx.user.id,
    actor: { kind: "user", id: fx.user.id },
    data: { kind: "token", repository: REPO, token: TOKEN },
  });
  // an open pull request for the task both participants support…
  const open = await pushed(fx.projectId, fx.tasks.shared.id);
  // …and a merged one for the task only Ana's words support (GitHub deleted its branch after the merge)
  const merged = await pushed(fx.projectId, fx.tasks.onlyAna.id);
  const repo = github.repo(REPO);
  repo.branches.set("main", repo.branches.get(merged.branch!)!);
  repo.branches.delete(merged.branch!);
  Object.assign(
    repo.pulls.find((p) => p.number === merged.prNumber)!,
    { state: "closed", merged: true },
  );
  await db.implementation.update({ where: { id: merged.id }, data: { status: "merged", prState: "closed", mergedAt: new Date() } });
  return { ...fx, open, merged };
}

const runErasure = (projectId: string, erasureId: string) =>
  new InngestTestEngine({
    function: eraseParticipantFunction,
    events: [{ name: "privacy/erasure.requested", data: { projectId, erasureId } }],
  }).execute();

const quotedForms = (q: string) => [q, redactText(q)];

describe("erasure on GitHub", () => {
  it("redacts the spec files and pull-request bodies that quoted her, on the open PR's branch and on the default branch after a merge", async () => {
    const fx = await connectedProject();
    const repo = github.repo(REPO);
    const openFile = () => repo.file(fx.open.branch!, specPathFor(fx.open.task))!;
    const mergedFile = () => repo.file("main", specPathFor(fx.merged.task))!;
    const pull = (n: number | null) => repo.pulls.find((p) => p.number === n)!;
    // pushed as the spec renderer writes them: her quotes (the phone number already redacted), and Ben's
    expect(openFile()).toContain(ANA_QUOTES[0]);
    expect(openFile()).toContain(BEN_QUOTE);
    expect(pull(fx.open.prNumber).body).toContain(ANA_QUOTES[0]);
    expect(mergedFile()).toContain(redactText(ANA_QUOTES[1]));
    expect(mergedFile()).not.toContain(ANA_QUOTES[1]);
    const commitsBefore = repo.commitsAhead(fx.open.branch!);

    // GitHub fails once while the first pull request's body is edited: the step is retried
    github.failNext("PATCH", /\/pulls\/\d+$/, 500, "Server Error");
    const { project } = fx;
    const erasure = await requestErasure({
      projectId: project.id,
      email: ANA.email,
      principal: { kind: "user", userId: fx.user.id, via: "api_token" },
    });
    const first = await runErasure(project.id, erasure.erasure.id);
    expect(first.error).toBeDefined();
    expect((await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.erasure.id } })).status).toBe("running");
    const second = await runErasure(project.id, erasure.erasure.id);
    expect(second.error).toBeUndefined();

    for (const text of [openFile(), pull(fx.open.prNumber).body, mergedFile(), pull(fx.merged.prNumber).body]) {
      for (const q of ANA_QUOTES) for (const form of quotedForms(q)) expect(text).not.toContain(form.slice(0, 40));
      expect(text).toContain(REMOVED_QUOTE);
    }
    // Ben's words stay where they were
    expect(openFile()).toContain(BEN_QUOTE);
    expect(pull(fx.open.prNumber).body).toContain(BEN_QUOTE);
    // one redaction commit on the open branch, despite the retry; the merged spec fixed on main
    expect(repo.commitsAhead(fx.open.branch!)).toBe(commitsBefore + 1);
    expect(repo.branches.has(branchFor(fx.merged.task))).toBe(false);
    const commits = github.requests.filter((r) => r.method === "PUT" && r.path.includes("/contents/"));
    expect(commits.map((c) => (c.body as { branch: string }).branch).slice(-2)).toEqual([fx.open.branch, "main"]);

    // the stored spec and body too, and nowhere in the database
    for (const impl of await db.implementation.findMany({ where: { projectId: project.id } })) {
      expect(impl.spec).toContain(REMOVED_QUOTE);
      expect(impl.prBody).toContain(REMOVED_QUOTE);
    }
    for (const q of ANA_QUOTES) for (const form of quotedForms(q)) expect(await findEverywhere(db, form), form).toEqual([]);

    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.erasure.id } });
    expect(row.status).toBe("completed");
    expect(row.removed).toMatchObject({ implementations: 2, githubFiles: 2, pullRequests: 2 });
    expect((row.removed as { githubNote: string }).githubNote).toMatch(/Git history keeps earlier versions.*docs\/runbook\.md#privacy/);
  });

  it("a repository that is no longer connected is noted in the receipt; the stored specs are still redacted", async () => {
    const fx = await connectedProject();
    await db.githubConnection.deleteMany({ where: { projectId: fx.projectId } });
    const before = github.repo(REPO).file(fx.open.branch!, specPathFor(fx.open.task));
    const { erasure } = await requestErasure({
      projectId: fx.projectId,
      email: ANA.email,
      principal: { kind: "user", userId: fx.user.id, via: "api_token" },
    });
    const { error } = await runErasure(fx.projectId, erasure.id);
    expect(error).toBeUndefined();
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row.status).toBe("completed");
    expect(row.removed).toMatchObject({ implementations: 2, githubFiles: 0, pullRequests: 0 });
    const note = (row.removed as { githubNote: string }).githubNote;
    expect(note).toContain(`Not redacted on GitHub: ${REPO} is no longer connected`);
    expect(note).toContain("docs/runbook.md#privacy");
    expect(github.repo(REPO).file(fx.open.branch!, specPathFor(fx.open.task))).toBe(before);
    for (const q of ANA_QUOTES) expect(await findEverywhere(db, q), q).toEqual([]);
  });
});
