// The one place that builds Octokit clients: always for one project's own credentials, always
// against GITHUB_API_URL (GitHub Enterprise, or a loopback fake in tests).
import "server-only";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/rest";
import type { GithubConnection } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { decryptSecret } from "./credential-cipher";

export type GithubCredentials =
  { kind: "token"; token: string } | { kind: "app"; appId: string; installationId: string; privateKey: string };

// a type alias, not an interface: Octokit's parameter types need an index-signature-compatible object
export type RepoRef = { owner: string; repo: string };

export function octokitFor(credentials: GithubCredentials): Octokit {
  const common = {
    baseUrl: env().GITHUB_API_URL.replace(/\/+$/, ""),
    userAgent: "usertests",
    // failed requests are turned into reasons by github-error.ts; Octokit's own error log would only repeat them
    log: { debug: () => {}, info: () => {}, warn: (message: string) => log.warn(message), error: () => {} },
  };
  if (credentials.kind === "token") return new Octokit({ ...common, auth: credentials.token });
  return new Octokit({
    ...common,
    authStrategy: createAppAuth,
    auth: { appId: Number(credentials.appId), privateKey: credentials.privateKey, installationId: Number(credentials.installationId) },
  });
}

/** Decrypts a stored connection's credentials. */
export function credentialsOf(
  connection: Pick<GithubConnection, "authKind" | "credentials" | "appId" | "installationId">,
): GithubCredentials {
  const secret = JSON.parse(decryptSecret(connection.credentials)) as { token?: string; privateKey?: string };
  if (connection.authKind === "token") return { kind: "token", token: secret.token ?? "" };
  return {
    kind: "app",
    appId: connection.appId ?? "",
    installationId: connection.installationId ?? "",
    privateKey: secret.privateKey ?? "",
  };
}

export function clientForConnection(connection: GithubConnection): { octokit: Octokit; ref: RepoRef } {
  return { octokit: octokitFor(credentialsOf(connection)), ref: { owner: connection.owner, repo: connection.repo } };
}
