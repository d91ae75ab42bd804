// Names derived from a task, stable across retries: the same task always gets the same branch and
// spec file, which is what makes pushing idempotent.
import { neutralizeGithubReferences } from "./neutralize-github-references";

export function slugify(text: string, max = 48): string {
  const full = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= max) return full || "task";
  // cut at a word boundary when there is one in reach
  const cut = full.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : full.slice(0, max)).replace(/-+$/g, "") || "task";
}

export const branchFor = (task: { id: string; title: string }) => `usertests/${task.id}-${slugify(task.title)}`;
export const specPathFor = (task: { id: string }) => `docs/usertests/${task.id}.md`;
export const prTitleFor = (task: { title: string; type: string }) => {
  const prefix = task.type === "bug" ? "Fix" : task.type === "feature" ? "Add" : "Improve";
  // task titles come from participants' topics: no live @mentions or #references on GitHub
  const title = neutralizeGithubReferences(task.title);
  // a title that already starts with a verb is kept as it is
  return /^(fix|add|improve|make|allow|let|support|show|remove)\b/i.test(title) ? title : `${prefix}: ${title}`;
};
export const PR_LABELS = ["usertests", "user-evidence"];
