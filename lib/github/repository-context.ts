// Repository context for a spec, read through the GitHub API: the default branch's tree, and the
// contents of the files most related to the task (rank-files.ts explains the method).
import type { Octokit } from "@octokit/rest";
import type { RepoRef } from "./github-client";
import { rankFiles, type RankTerms } from "./rank-files";

const MAX_FILES = 6;
const MAX_FILE_CHARS = 6_000;
const MAX_TREE_PATHS = 400;

export interface RepositoryContext {
  repository: string;
  defaultBranch: string;
  fileCount: number;
  /** a bounded listing of the tree for the model */
  treeSample: string[];
  files: { path: string; score: number; matched: string[]; content: string; truncated: boolean }[];
}

export async function loadRepositoryContext(octokit: Octokit, ref: RepoRef, terms: RankTerms): Promise<RepositoryContext> {
  const { data: repo } = await octokit.rest.repos.get(ref);
  const defaultBranch = repo.default_branch;
  const { data: tree } = await octokit.rest.git.getTree({ ...ref, tree_sha: defaultBranch, recursive: "true" });
  const blobs = tree.tree.filter((e) => e.type === "blob" && e.path).map((e) => e.path as string);
  const ranked = rankFiles(blobs, terms, MAX_FILES);
  const files: RepositoryContext["files"] = [];
  for (const r of ranked) {
    const { data } = await octokit.rest.repos.getContent({ ...ref, path: r.path, ref: defaultBranch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) continue;
    const text = Buffer.from(data.content, "base64").toString("utf8");
    // binary files that slipped past the extension filter are not context
    if (text.includes("\u0000")) continue;
    files.push({ ...r, content: text.slice(0, MAX_FILE_CHARS), truncated: text.length > MAX_FILE_CHARS });
  }
  return {
    repository: `${ref.owner}/${ref.repo}`,
    defaultBranch,
    fileCount: blobs.length,
    treeSample: blobs.slice(0, MAX_TREE_PATHS),
    files,
  };
}
