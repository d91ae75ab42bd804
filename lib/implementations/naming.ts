// Names derived from a task, stable across retries: the same task always gets the same branch and
// spec file, which is what makes pushing idempotent.
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return slug || "task";
}

export const branchFor = (task: { id: string; title: string }) => `usertests/${task.id}-${slugify(task.title)}`;
export const specPathFor = (task: { id: string }) => `docs/usertests/${task.id}.md`;
export const prTitleFor = (task: { title: string; type: string }) => {
  const prefix = task.type === "bug" ? "Fix" : task.type === "feature" ? "Add" : "Improve";
  // a title that already starts with a verb is kept as it is
  return /^(fix|add|improve|make|allow|let|support|show|remove)\b/i.test(task.title) ? task.title : `${prefix}: ${task.title}`;
};
export const PR_LABELS = ["usertests", "user-evidence"];
