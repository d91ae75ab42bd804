// "Test connection": is the repository reachable with these credentials, and may they write to it
// (push a branch and open a pull request)? Used before storing credentials and on demand.
import type { Octokit } from "@octokit/rest";
import { describeGithubError } from "./github-error";
import { type GithubCredentials, octokitFor, type RepoRef } from "./github-client";

export type AccessCheck = { ok: true; defaultBranch: string; message: string } | { ok: false; message: string };

async function appPermissions(octokit: Octokit): Promise<Record<string, string>> {
  // an installation token carries the permissions granted to the App on this installation
  const auth = (await octokit.auth({ type: "installation" })) as { permissions?: Record<string, string> };
  return auth.permissions ?? {};
}

export async function checkRepositoryAccess(credentials: GithubCredentials, ref: RepoRef): Promise<AccessCheck> {
  const full = `${ref.owner}/${ref.repo}`;
  const octokit = octokitFor(credentials);
  try {
    if (credentials.kind === "app") {
      const perms = await appPermissions(octokit);
      const missing = (["contents", "pull_requests"] as const).filter((p) => perms[p] !== "write");
      if (missing.length) {
        return { ok: false, message: `The App installation lacks write permission for ${missing.join(" and ")} on ${full}.` };
      }
    }
    const { data } = await octokit.rest.repos.get(ref);
    if (credentials.kind === "token" && data.permissions && !data.permissions.push) {
      return {
        ok: false,
        message: `The token can read ${full} but cannot write to it: grant "Contents: read and write" and "Pull requests: read and write".`,
      };
    }
    if (data.archived) return { ok: false, message: `${full} is archived, so no branch or pull request can be created.` };
    return {
      ok: true,
      defaultBranch: data.default_branch,
      message: `Connected to ${data.full_name} (default branch ${data.default_branch}) with write access.`,
    };
  } catch (e) {
    return { ok: false, message: describeGithubError(e, full).message };
  }
}
