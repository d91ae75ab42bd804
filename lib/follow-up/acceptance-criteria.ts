// The acceptance criteria a follow-up interview probes and its verdicts refer to by index. Since the
// follow-up work they are stored on the implementation when its spec is written; an implementation
// whose spec was written before that has them only in its rendered markdown, so they are read back
// from the spec's "Acceptance criteria" section (lib/implementations/render-spec.ts writes one
// "- [ ] criterion" line each, optionally followed by " _(from “…”)_"; the test parses a spec it
// generated, so the two stay in step). Read here rather than in lib/implementations, which already
// depends on this domain (invitations after a merge).
import { db, type DbClient } from "@/lib/db";

/** The lines of the spec's "## Acceptance criteria" section, up to the next heading. */
function criteriaSection(spec: string): string[] {
  const lines = spec.split("\n");
  const start = lines.findIndex((l) => l.trim() === "## Acceptance criteria");
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The criteria lines of a rendered spec, in order, without the checkbox and the evidence suffix. */
export function parseSpecCriteria(spec: string): string[] {
  return criteriaSection(spec)
    .map((line) => /^\s*-\s*\[[ xX]\]\s+(.*)$/.exec(line)?.[1] ?? null)
    .filter((c): c is string => c !== null)
    .map((c) => c.replace(/\s*_\(from .*\)_\s*$/, "").trim())
    .filter(Boolean);
}

/** The stored criteria, or those parsed from the spec when none were stored. */
export function criteriaOf(implementation: { acceptanceCriteria: string[]; spec: string | null }): string[] {
  if (implementation.acceptanceCriteria.length) return implementation.acceptanceCriteria;
  return implementation.spec ? parseSpecCriteria(implementation.spec) : [];
}

export interface TaskCriteria {
  implementationId: string;
  criteria: string[];
}

/**
 * The criteria of a task's merged implementation (the latest merged one, if it was merged twice);
 * with `implementationId` that implementation's (a follow-up invitation names the change it is
 * about). Null when there is no such implementation.
 */
export async function taskAcceptanceCriteria(
  input: { taskId: string; implementationId?: string | null },
  client: DbClient = db,
): Promise<TaskCriteria | null> {
  const select = { id: true, acceptanceCriteria: true, spec: true } as const;
  const implementation = input.implementationId
    ? await client.implementation.findFirst({ where: { id: input.implementationId, taskId: input.taskId }, select })
    : await client.implementation.findFirst({
        where: { taskId: input.taskId, status: "merged" },
        orderBy: [{ mergedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        select,
      });
  return implementation ? { implementationId: implementation.id, criteria: criteriaOf(implementation) } : null;
}
