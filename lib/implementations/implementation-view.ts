import type { Implementation } from "@/generated/prisma/client";

/** The API's shape of an implementation (the spec is included: it is the point of the record). */
export function implementationView(i: Implementation) {
  return {
    id: i.id,
    taskId: i.taskId,
    status: i.status,
    dryRun: i.dryRun,
    spec: i.spec,
    specGeneratedAt: i.specGeneratedAt,
    repository: i.repo,
    branch: i.branch,
    commitSha: i.commitSha,
    prNumber: i.prNumber,
    prUrl: i.prUrl,
    prState: i.prState,
    prTitle: i.prTitle,
    prBody: i.prBody,
    mergedAt: i.mergedAt,
    closedAt: i.closedAt,
    error: i.error,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

export type ImplementationView = ReturnType<typeof implementationView>;
