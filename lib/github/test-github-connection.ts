import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkRepositoryAccess } from "./check-repository-access";
import { connectionView } from "./connection-view";
import { credentialsOf } from "./github-client";

/** Re-checks a stored connection and records the outcome (shown in settings). */
export async function testGithubConnection(input: { projectId: string }) {
  const connection = await db.githubConnection.findUnique({ where: { projectId: input.projectId } });
  if (!connection) throw notFound("GitHub connection");
  const check = await checkRepositoryAccess(credentialsOf(connection), { owner: connection.owner, repo: connection.repo });
  const updated = await db.githubConnection.update({
    where: { id: connection.id },
    data: {
      lastCheckedAt: new Date(),
      lastCheckOk: check.ok,
      lastCheckMessage: check.message,
      ...(check.ok ? { defaultBranch: check.defaultBranch } : {}),
    },
  });
  return { ok: check.ok, message: check.message, connection: connectionView(updated) };
}
