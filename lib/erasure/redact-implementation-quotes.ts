// One implementation that quoted the person: the quotes are replaced by the removal notice in its
// spec file on GitHub (the implementation's branch while its pull request is open, else the default
// branch where a merge put it, and a branch that is still there), in the pull request's body
// (edited through the API), and in the stored spec and body. Failures GitHub may recover from are
// thrown for the step to retry; one that will not change by itself (a revoked token, a deleted
// repository) and a repository that is no longer connected are written in the receipt's note
// instead, because the person's data in UserTests is already gone and must stay gone.
import type { Octokit } from "@octokit/rest";
import { RequestError } from "@octokit/request-error";
import { db } from "@/lib/db";
import { clientForConnection, type RepoRef } from "@/lib/github/github-client";
import { describeGithubError } from "@/lib/github/github-error";
import { specPathFor } from "@/lib/implementations/naming";
import { openPersonalText } from "@/lib/privacy/participant-email";
import { addToReceipt } from "./add-to-receipt";
import { type ErasurePlan, readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";
import { quotesIn, redactQuotes, REMOVED_QUOTE } from "./quote-redaction";

type Outcome = ErasurePlan["github"][string];

const COMMIT_MESSAGE = "docs: remove a participant's quotes at their request (UserTests)";

/** "redacted": we committed the change now; "clean": the file is there without the quotes; null: no such file. */
async function redactFile(octokit: Octokit, ref: RepoRef, input: { branch: string; path: string; quotes: string[] }) {
  let file: { sha: string; content: string };
  try {
    const { data } = await octokit.rest.repos.getContent({ ...ref, path: input.path, ref: input.branch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    file = { sha: data.sha, content: Buffer.from(data.content, "base64").toString("utf8") };
  } catch (e) {
    if (e instanceof RequestError && e.status === 404) return null; // no such file, or the branch is gone
    throw e;
  }
  const redacted = redactQuotes(file.content, input.quotes);
  if (!redacted.count) return file.content.includes(REMOVED_QUOTE) ? "clean" : "untouched";
  await octokit.rest.repos.createOrUpdateFileContents({
    ...ref,
    path: input.path,
    branch: input.branch,
    message: COMMIT_MESSAGE,
    content: Buffer.from(redacted.text, "utf8").toString("base64"),
    sha: file.sha,
  });
  return "redacted";
}

async function redactOnGithub(
  implementation: { branch: string | null; prNumber: number | null; prState: string | null; status: string; taskId: string },
  connection: Parameters<typeof clientForConnection>[0],
  quotes: string[],
  hadQuotes: { spec: boolean; prBody: boolean },
): Promise<{ files: number; pullRequests: number }> {
  const { octokit, ref } = clientForConnection(connection);
  const { data: repo } = await octokit.rest.repos.get(ref);
  const open = implementation.status === "open" || implementation.prState === "open";
  const branches = open && implementation.branch ? [implementation.branch] : [repo.default_branch, implementation.branch];
  let files = 0;
  for (const branch of new Set(branches.filter((b): b is string => Boolean(b)))) {
    const result = await redactFile(octokit, ref, { branch, path: specPathFor({ id: implementation.taskId }), quotes });
    // "clean" with our notice while the stored spec still quotes the person: an earlier attempt of
    // this step committed it and failed before recording it
    if (result === "redacted" || (result === "clean" && hadQuotes.spec)) files++;
  }
  let pullRequests = 0;
  if (implementation.prNumber) {
    const { data: pr } = await octokit.rest.pulls.get({ ...ref, pull_number: implementation.prNumber });
    const body = pr.body ?? "";
    const redacted = redactQuotes(body, quotes);
    if (redacted.count) {
      await octokit.rest.pulls.update({ ...ref, pull_number: implementation.prNumber, body: redacted.text });
      pullRequests++;
    } else if (body.includes(REMOVED_QUOTE) && hadQuotes.prBody) pullRequests++;
  }
  return { files, pullRequests };
}

export async function redactImplementationQuotes(input: { erasureId: string; implementationId: string }): Promise<Outcome> {
  const request = await db.erasureRequest.findUniqueOrThrow({ where: { id: input.erasureId } });
  const plan = requirePlan(readProgress(request.progress));
  const recorded = plan.github[input.implementationId];
  if (recorded) return recorded;
  const quotes: string[] = plan.sealedQuotes ? JSON.parse(openPersonalText(plan.sealedQuotes)) : [];
  const implementation = await db.implementation.findFirst({ where: { id: input.implementationId, projectId: request.projectId } });

  let outcome: Outcome = { files: 0, pullRequests: 0, note: null };
  if (implementation && !implementation.dryRun && implementation.repo && (implementation.prNumber || implementation.commitSha)) {
    const hadQuotes = { spec: quotesIn(implementation.spec ?? "", quotes), prBody: quotesIn(implementation.prBody ?? "", quotes) };
    const connection = await db.githubConnection.findUnique({ where: { projectId: request.projectId } });
    if (!connection || `${connection.owner}/${connection.repo}`.toLowerCase() !== implementation.repo.toLowerCase()) {
      outcome.note = `${implementation.repo} is no longer connected, so its pull request and spec file were not redacted`;
    } else {
      try {
        outcome = { ...(await redactOnGithub(implementation, connection, quotes, hadQuotes)), note: null };
      } catch (e) {
        const problem = describeGithubError(e, implementation.repo);
        if (problem.retriable) throw problem;
        outcome.note = `${implementation.repo}: ${problem.message}`;
      }
    }
  }

  await db.$transaction(async (tx) => {
    const locked = await lockErasure(tx, input.erasureId);
    const progress = readProgress(locked.progress);
    const current = requirePlan(progress);
    const github = { ...current.github, [input.implementationId]: outcome };
    if (implementation)
      await tx.implementation.update({
        where: { id: implementation.id },
        data: {
          ...(implementation.spec ? { spec: redactQuotes(implementation.spec, quotes).text } : {}),
          ...(implementation.prBody ? { prBody: redactQuotes(implementation.prBody, quotes).text } : {}),
        },
      });
    const outcomes = Object.values(github);
    await addToReceipt(tx, locked, {
      // absolute, from every implementation's recorded outcome
      set: {
        implementations: outcomes.length,
        githubFiles: outcomes.reduce((n, o) => n + o.files, 0),
        pullRequests: outcomes.reduce((n, o) => n + o.pullRequests, 0),
      },
      progress: {
        ...progress,
        step: "github",
        done: outcomes.length,
        total: current.implementationIds.length,
        plan: { ...current, github },
      },
    });
  });
  return outcome;
}
