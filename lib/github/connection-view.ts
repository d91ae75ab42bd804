import type { GithubConnection } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/** What the API and the settings page show about a connection: never credentials or the webhook secret. */
export function connectionView(c: GithubConnection) {
  return {
    kind: c.authKind,
    repository: `${c.owner}/${c.repo}`,
    appId: c.appId,
    installationId: c.installationId,
    defaultBranch: c.defaultBranch,
    webhookUrl: webhookUrl(),
    lastCheckedAt: c.lastCheckedAt,
    lastCheckOk: c.lastCheckOk,
    lastCheckMessage: c.lastCheckMessage,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export type GithubConnectionView = ReturnType<typeof connectionView>;

export function webhookUrl(): string {
  return new URL("/api/webhooks/github", env().APP_URL).toString();
}
