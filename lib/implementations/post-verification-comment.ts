// The merged pull request's "Did it work?" comment, brought up to date after follow-up verdicts are
// saved (inngest post-verification-comment): posted once, then edited in place. The comment id is
// kept on the implementation; a comment someone deleted on GitHub (404 on edit) is posted again, and
// a comment whose id was never stored (a crash between posting and saving) is found by its marker,
// so a retry never posts a second one.
import { RequestError } from "@octokit/request-error";
import { db } from "@/lib/db";
import { getTaskVerification } from "@/lib/follow-up/get-task-verification";
import { clientForConnection, type RepoRef } from "@/lib/github/github-client";
import { describeGithubError } from "@/lib/github/github-error";
import { renderVerificationComment, VERIFICATION_COMMENT_MARKER } from "./render-verification-comment";

export type VerificationCommentResult =
  { action: "created" | "updated"; commentId: string; prNumber: number } | { action: "skipped"; reason: string };

const isNotFound = (e: unknown) => e instanceof RequestError && e.status === 404;

export async function postVerificationComment(input: { projectId: string; taskId: string }): Promise<VerificationCommentResult> {
  const verification = await getTaskVerification(input);
  const merged = verification.implementation;
  if (!merged?.prNumber) return { action: "skipped", reason: "no merged pull request" };
  const implementation = await db.implementation.findUniqueOrThrow({
    where: { id: merged.id },
    select: { verificationCommentId: true },
  });
  const hasVerdicts = verification.criteria.some((c) => c.quotes.length > 0);
  // nothing to say yet; an existing comment is still updated (an erasure may have removed the last verdict)
  if (!hasVerdicts && implementation.verificationCommentId === null) return { action: "skipped", reason: "no verdicts yet" };
  const connection = await db.githubConnection.findUnique({ where: { projectId: input.projectId } });
  if (!connection) return { action: "skipped", reason: "no GitHub connection" };

  const { octokit, ref: connected } = clientForConnection(connection);
  // the repository the pull request was opened in, even if the project's connection points elsewhere since
  const [owner, repo] = merged.repo?.split("/") ?? [];
  const ref: RepoRef = owner && repo ? { owner, repo } : connected;
  const issue = { ...ref, issue_number: merged.prNumber };
  const body = renderVerificationComment(verification);
  const save = (id: number) =>
    db.implementation.update({ where: { id: merged.id }, data: { verificationCommentId: BigInt(id) }, select: { id: true } });

  try {
    let commentId: number | null = implementation.verificationCommentId === null ? null : Number(implementation.verificationCommentId);
    if (commentId === null) {
      const existing = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
      commentId = existing.find((c) => c.body?.startsWith(VERIFICATION_COMMENT_MARKER))?.id ?? null;
      if (commentId !== null) await save(commentId);
    }
    if (commentId !== null) {
      try {
        await octokit.rest.issues.updateComment({ ...ref, comment_id: commentId, body });
        return { action: "updated", commentId: String(commentId), prNumber: merged.prNumber };
      } catch (e) {
        if (!isNotFound(e)) throw e;
        // deleted on GitHub: post it again below
      }
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body });
    await save(data.id);
    return { action: "created", commentId: String(data.id), prNumber: merged.prNumber };
  } catch (e) {
    throw describeGithubError(e, `${ref.owner}/${ref.repo}`);
  }
}
