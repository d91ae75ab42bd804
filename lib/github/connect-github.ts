// Connects a project to its repository with its own credentials. The credentials are tested first
// (reachable, write access); a failed test stores nothing. A webhook secret is generated here and
// returned once, for the repository's webhook settings.
import { randomBytes } from "node:crypto";
import type { AuditActor } from "@/lib/audit/audit-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkRepositoryAccess } from "./check-repository-access";
import { connectionView } from "./connection-view";
import { encryptSecret } from "./credential-cipher";
import type { GithubCredentials } from "./github-client";
import type { ConnectGithubInput } from "./schemas";

export async function connectGithub(input: { projectId: string; actorUserId: string | null; actor: AuditActor; data: ConnectGithubInput }) {
  const [owner, repo] = input.data.repository.split("/");
  const credentials: GithubCredentials =
    input.data.kind === "token"
      ? { kind: "token", token: input.data.token }
      : { kind: "app", appId: input.data.appId, installationId: input.data.installationId, privateKey: input.data.privateKey };
  const check = await checkRepositoryAccess(credentials, { owner, repo });
  if (!check.ok) throw new AppError("unprocessable", check.message, { check });

  const sealed = encryptSecret(
    JSON.stringify(credentials.kind === "token" ? { token: credentials.token } : { privateKey: credentials.privateKey }),
  );
  const webhookSecret = randomBytes(32).toString("hex");
  const fields = {
    authKind: credentials.kind,
    owner,
    repo,
    appId: credentials.kind === "app" ? credentials.appId : null,
    installationId: credentials.kind === "app" ? credentials.installationId : null,
    credentials: sealed,
    webhookSecret: encryptSecret(webhookSecret),
    defaultBranch: check.defaultBranch,
    lastCheckedAt: new Date(),
    lastCheckOk: true,
    lastCheckMessage: check.message,
    createdById: input.actorUserId,
  };
  const connection = await db.$transaction(async (tx) => {
    const saved = await tx.githubConnection.upsert({
      where: { projectId: input.projectId },
      create: { projectId: input.projectId, ...fields },
      update: fields,
    });
    // the project's repository fields follow the connection, so every page names the same repository
    await tx.project.update({
      where: { id: input.projectId },
      data: { githubRepo: `${owner}/${repo}`, githubDefaultBranch: check.defaultBranch },
    });
    await recordAuditEvent(tx, {
      projectId: input.projectId,
      actor: input.actor,
      action: "github.connected",
      details: { repository: `${owner}/${repo}`, authKind: credentials.kind },
    });
    return saved;
  });
  return { connection: connectionView(connection), webhookSecret };
}
