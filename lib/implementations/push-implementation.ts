// Pushes an implementation to GitHub: branch usertests/<taskId>-<slug> from the default branch, the
// spec committed as docs/usertests/<taskId>.md, a pull request carrying the evidence, and labels.
// Every write first looks for what an earlier attempt left (branch, identical file, open PR), so a
// retry or a second click reuses them instead of failing or duplicating. A dry run only records the
// branch, title and body that would be used.
import type { Octokit } from "@octokit/rest";
import { RequestError } from "@octokit/request-error";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { clientForConnection, type RepoRef } from "@/lib/github/github-client";
import { describeGithubError } from "@/lib/github/github-error";
import { emitProjectEvent } from "@/lib/integrations/emit-project-event";
import { emitTaskStatusChanged } from "@/lib/integrations/emit-task-status-changed";
import { branchFor, prTitleFor, PR_LABELS, specPathFor } from "./naming";
import { renderPrBody } from "./render-spec";
import { loadTaskEvidence } from "./task-evidence";

const isStatus = (e: unknown, status: number) => e instanceof RequestError && e.status === status;

async function ensureBranch(octokit: Octokit, ref: RepoRef, branch: string, baseBranch: string): Promise<void> {
  try {
    await octokit.rest.git.getRef({ ...ref, ref: `heads/${branch}` });
    return;
  } catch (e) {
    if (!isStatus(e, 404)) throw e;
  }
  const { data: base } = await octokit.rest.git.getRef({ ...ref, ref: `heads/${baseBranch}` });
  try {
    await octokit.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha: base.object.sha });
  } catch (e) {
    // created by a concurrent attempt between our read and our write: that branch is ours too
    if (!(isStatus(e, 422) && /already exists/i.test(String((e as RequestError).message)))) throw e;
  }
}

async function ensureSpecCommitted(
  octokit: Octokit,
  ref: RepoRef,
  input: { branch: string; path: string; spec: string; message: string },
): Promise<string> {
  let existing: { sha: string; content: string } | null = null;
  try {
    const { data } = await octokit.rest.repos.getContent({ ...ref, path: input.path, ref: input.branch });
    if (!Array.isArray(data) && data.type === "file" && "content" in data)
      existing = { sha: data.sha, content: Buffer.from(data.content, "base64").toString("utf8") };
  } catch (e) {
    if (!isStatus(e, 404)) throw e;
  }
  if (existing && existing.content === input.spec) {
    // already committed by an earlier attempt: the branch head is the commit to record
    const { data: head } = await octokit.rest.git.getRef({ ...ref, ref: `heads/${input.branch}` });
    return head.object.sha;
  }
  const { data } = await octokit.rest.repos.createOrUpdateFileContents({
    ...ref,
    path: input.path,
    branch: input.branch,
    message: input.message,
    content: Buffer.from(input.spec, "utf8").toString("base64"),
    ...(existing ? { sha: existing.sha } : {}),
  });
  return data.commit.sha ?? "";
}

async function ensurePullRequest(octokit: Octokit, ref: RepoRef, input: { branch: string; base: string; title: string; body: string }) {
  const findOpen = async () =>
    (await octokit.rest.pulls.list({ ...ref, head: `${ref.owner}:${input.branch}`, state: "open", per_page: 5 })).data[0];
  const existing = await findOpen();
  if (existing) return existing;
  try {
    return (await octokit.rest.pulls.create({ ...ref, head: input.branch, base: input.base, title: input.title, body: input.body })).data;
  } catch (e) {
    if (isStatus(e, 422) && /already exists/i.test(String((e as RequestError).message))) {
      const again = await findOpen();
      if (again) return again;
    }
    throw e;
  }
}

/** The branch of the task's latest earlier attempt that was not merged, if one got that far. */
async function earlierBranch(taskId: string, implementationId: string): Promise<string | null> {
  const earlier = await db.implementation.findFirst({
    where: { taskId, id: { not: implementationId }, branch: { not: null }, status: { not: "merged" } },
    orderBy: { createdAt: "desc" },
    select: { branch: true },
  });
  return earlier?.branch ?? null;
}

export async function pushImplementation(input: { implementationId: string }) {
  const implementation = await db.implementation.findUnique({ where: { id: input.implementationId }, include: { task: true } });
  if (!implementation) throw notFound("Implementation");
  if (!implementation.spec) throw new AppError("conflict", "The implementation has no spec yet");
  const { task } = implementation;
  const evidence = await loadTaskEvidence({ projectId: task.projectId, taskId: task.id });
  // the branch is named once per task: a retry, or a new attempt after a failed one, pushes to the
  // same branch (and so the same pull request) even when the task was renamed in between
  const branch = implementation.branch ?? (await earlierBranch(task.id, implementation.id)) ?? branchFor(task);
  if (implementation.branch !== branch) await db.implementation.update({ where: { id: implementation.id }, data: { branch } });
  const specPath = specPathFor(task);
  const title = prTitleFor(task);
  const taskUrl = new URL(`/projects/${task.projectId}/tasks/${task.id}`, env().APP_URL).toString();
  const body = renderPrBody({ evidence, spec: implementation.spec, specPath, taskUrl });
  const connection = await db.githubConnection.findUnique({ where: { projectId: task.projectId } });

  if (implementation.dryRun) {
    await db.implementation.update({
      where: { id: implementation.id },
      data: {
        status: "spec_ready",
        branch,
        prTitle: title,
        prBody: body,
        repo: connection ? `${connection.owner}/${connection.repo}` : null,
        error: null,
      },
    });
    return { dryRun: true as const, branch };
  }
  if (!connection) throw new AppError("conflict", "The project has no GitHub connection; connect a repository in Settings → GitHub");

  const { octokit, ref } = clientForConnection(connection);
  const repository = `${ref.owner}/${ref.repo}`;
  let pr: { number: number; html_url: string; state: string };
  let commitSha: string;
  try {
    const { data: repo } = await octokit.rest.repos.get(ref);
    await ensureBranch(octokit, ref, branch, repo.default_branch);
    commitSha = await ensureSpecCommitted(octokit, ref, {
      branch,
      path: specPath,
      spec: implementation.spec,
      message: `docs: implementation spec for "${task.title}" (UserTests)`,
    });
    pr = await ensurePullRequest(octokit, ref, { branch, base: repo.default_branch, title, body });
    await octokit.rest.issues.addLabels({ ...ref, issue_number: pr.number, labels: PR_LABELS });
  } catch (e) {
    throw describeGithubError(e, repository);
  }

  await db.$transaction(async (tx) => {
    await tx.implementation.update({
      where: { id: implementation.id },
      data: {
        status: "open",
        repo: repository,
        branch,
        commitSha,
        prNumber: pr.number,
        prUrl: pr.html_url,
        prState: pr.state,
        prTitle: title,
        prBody: body,
        error: null,
      },
    });
    // stable per pull request: a retried step that finds the PR again announces nothing new
    await emitProjectEvent(tx, {
      projectId: task.projectId,
      type: "implementation.pull_request_opened",
      messageId: `implementation.pull_request_opened.${implementation.id}.${pr.number}`,
      data: { implementationId: implementation.id, taskId: task.id, repository, prNumber: pr.number, prUrl: pr.html_url },
    });
    const current = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: { status: true } });
    if (current.status !== "in_review") {
      await tx.task.update({ where: { id: task.id }, data: { status: "in_review" } });
      const change = await tx.taskStatusChange.create({ data: { taskId: task.id, fromStatus: current.status, toStatus: "in_review" } });
      await emitTaskStatusChanged(tx, { projectId: task.projectId, change, cause: "pull_request" });
    }
  });
  return { dryRun: false as const, branch, prNumber: pr.number, prUrl: pr.html_url, commitSha };
}
