// Writes the spec of an implementation: the task's evidence, repository context from GitHub when the
// project is connected, the model's objective/criteria/constraints/files, rendered to markdown.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { clientForConnection } from "@/lib/github/github-client";
import { describeGithubError } from "@/lib/github/github-error";
import { loadRepositoryContext, type RepositoryContext } from "@/lib/github/repository-context";
import { renderSpec } from "./render-spec";
import { writeSpecWithModel } from "./spec-model";
import { loadTaskEvidence, type TaskEvidence } from "./task-evidence";

async function repositoryContext(projectId: string, evidence: TaskEvidence): Promise<RepositoryContext | null> {
  const connection = await db.githubConnection.findUnique({ where: { projectId } });
  if (!connection) return null;
  const { octokit, ref } = clientForConnection(connection);
  const topics = evidence.quotes.map((q) => q.topic ?? "");
  try {
    return await loadRepositoryContext(octokit, ref, {
      primary: [evidence.task.title, ...topics],
      secondary: [evidence.task.description, ...evidence.quotes.map((q) => q.quote)],
    });
  } catch (e) {
    throw describeGithubError(e, `${ref.owner}/${ref.repo}`);
  }
}

export async function generateSpec(input: { implementationId: string }): Promise<{ specChars: number; relevantFiles: number }> {
  const implementation = await db.implementation.findUnique({ where: { id: input.implementationId } });
  if (!implementation) throw notFound("Implementation");
  const evidence = await loadTaskEvidence({ projectId: implementation.projectId, taskId: implementation.taskId });
  const repo = await repositoryContext(implementation.projectId, evidence);
  const output = await writeSpecWithModel({ projectId: implementation.projectId, evidence, repo });
  const spec = renderSpec({
    evidence,
    output,
    repository: repo?.repository ?? null,
    measurement: { windowDays: env().IMPACT_WINDOW_DAYS, minSessions: env().IMPACT_MIN_SESSIONS },
  });
  await db.implementation.update({
    where: { id: implementation.id },
    // a spec written inside a push keeps the push's status; a spec request ends at spec_ready
    data: {
      spec,
      // kept as written, in order: the follow-up interview probes each and its verdicts cite them by index
      acceptanceCriteria: output.acceptanceCriteria.map((c) => c.criterion.replace(/\s+/g, " ").trim()),
      specGeneratedAt: new Date(),
      error: null,
      ...(implementation.status === "pending" || implementation.status === "failed" ? { status: "spec_ready" } : {}),
    },
  });
  return { specChars: spec.length, relevantFiles: output.relevantFiles.length };
}
