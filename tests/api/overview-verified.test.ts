// The overview's "shipped and verified": merged tasks, and those of them whose overall verdict is
// "verified fixed" by the same rule as the task page (ADR 017). Real PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countShippedAndVerified } from "@/lib/overview/shipped-and-verified";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { mergedTaskWithVerdicts, PARTICIPANTS } from "@/tests/helpers/verification-fixtures";

const DAN = {
  name: "Dan Wu",
  email: "dan@example.test",
  verdicts: [
    ["fixed", "all of them arrive", 0.9],
    ["fixed", "the retry button worked", 0.9],
  ],
} as (typeof PARTICIPANTS)[number];

describe("shipped and verified", () => {
  it("counts merged tasks, and those verified fixed (not partly, not without answers, not when the numbers got worse)", async () => {
    const { project } = await createOwnerWithProject(db);
    const projectId = project.id;
    await mergedTaskWithVerdicts(db, { projectId, participants: [...PARTICIPANTS, DAN], title: "Verified" });
    await mergedTaskWithVerdicts(db, { projectId, title: "Partly" });
    await mergedTaskWithVerdicts(db, { projectId, participants: [], title: "No answers yet" });
    await mergedTaskWithVerdicts(db, { projectId, participants: [...PARTICIPANTS, DAN], impact: "worse", title: "Worse in numbers" });
    // a task merged twice counts once, judged on its latest merge (older answers are about the earlier change)
    const twice = await mergedTaskWithVerdicts(db, { projectId, participants: [...PARTICIPANTS, DAN], title: "Merged again" });
    await db.implementation.create({
      data: { projectId, taskId: twice.task.id, status: "merged", mergedAt: new Date(), acceptanceCriteria: ["New criterion"] },
    });
    await db.task.create({ data: { projectId, title: "Not shipped" } });
    // another project's verified task is not ours
    const other = await createOwnerWithProject(db);
    await mergedTaskWithVerdicts(db, { projectId: other.project.id, participants: [...PARTICIPANTS, DAN] });

    expect(await countShippedAndVerified({ projectId })).toEqual({ shipped: 5, verified: 1 });
    expect((await getProjectOverview({ projectId, fresh: true })).shipped).toEqual({ shipped: 5, verified: 1 });
    expect(await countShippedAndVerified({ projectId: other.project.id })).toEqual({ shipped: 1, verified: 1 });
  });

  it("is zero for a project with nothing merged", async () => {
    const { project } = await createOwnerWithProject(db);
    expect(await countShippedAndVerified({ projectId: project.id })).toEqual({ shipped: 0, verified: 0 });
  });
});
