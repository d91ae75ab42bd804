// GitHub API failures turned into reasons a researcher can act on, and into "retry or not": a
// missing repository, a refused permission or a branch protection rule will not fix themselves;
// rate limits, 5xx answers and dropped connections may.
import { RequestError } from "@octokit/request-error";

export class GithubProblem extends Error {
  constructor(
    message: string,
    public readonly retriable: boolean,
    public readonly status?: number,
  ) {
    super(message);
    this.name = "GithubProblem";
  }
}

function apiMessage(e: RequestError): string {
  const data = e.response?.data as { message?: string } | undefined;
  return (data?.message ?? e.message ?? "").trim();
}

/** What went wrong, phrased for the task page; `repo` is owner/name. */
export function describeGithubError(e: unknown, repo: string): GithubProblem {
  if (e instanceof GithubProblem) return e;
  if (e instanceof RequestError) {
    const msg = apiMessage(e);
    const status = e.status;
    if (status === 401)
      return new GithubProblem(
        "GitHub refused the credentials (401): the token or App key is invalid, expired or revoked. Reconnect the repository in Settings → GitHub.",
        false,
        status,
      );
    if ((status === 403 || status === 429) && /rate limit/i.test(msg))
      return new GithubProblem(`GitHub rate limit reached; retrying later (${msg})`, true, status);
    if (/protected branch|branch protection|rule violation|protected/i.test(msg))
      return new GithubProblem(`Branch protection refused the change on ${repo}: ${msg}`, false, status);
    if (status === 403)
      return new GithubProblem(
        `No permission on ${repo}: the credentials need write access to contents and pull requests (GitHub said: ${msg || "forbidden"}).`,
        false,
        status,
      );
    if (status === 404) return new GithubProblem(`Repository ${repo} was not found, or the credentials cannot see it.`, false, status);
    if (status === 409)
      return new GithubProblem(
        `GitHub refused the change on ${repo} (409): ${msg || "conflict"}. An empty repository needs a first commit.`,
        false,
        status,
      );
    if (status === 422) return new GithubProblem(`GitHub refused the request on ${repo} (422): ${msg || "unprocessable"}`, false, status);
    if (status >= 500) return new GithubProblem(`GitHub is failing (${status}); retrying later.`, true, status);
    return new GithubProblem(`GitHub answered ${status}: ${msg}`, false, status);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new GithubProblem(`Could not reach GitHub: ${message}`, true);
}
