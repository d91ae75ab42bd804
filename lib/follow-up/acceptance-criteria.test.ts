// Acceptance criteria stored with the spec, and read back from the markdown of a spec written before
// they were stored. Real PostgreSQL, the real Anthropic SDK against the fake Claude.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";
import { claude as specResponder } from "@/tests/fakes/responders/spec";
import { projectWithEvidence } from "@/tests/helpers/github-loop-fixtures";

const ai = await startFakeAiServer();
for (const [k, v] of Object.entries(ai.env("test-key"))) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { generateSpec } = await import("@/lib/implementations/generate-spec");
const { parseSpecCriteria, taskAcceptanceCriteria } = await import("./acceptance-criteria");

afterAll(async () => {
  vi.unstubAllEnvs();
  await ai.close();
});
beforeEach(() => {
  ai.reset();
  ai.claude.use(specResponder);
});

const OUTCOME = "A participant can reach this outcome without help: I just want invoices to land in my accounting without me touching them";
const STRUGGLE = "This struggle no longer happens: the export to Xero breaks and I redo it all by hand";

describe("acceptance criteria", () => {
  it("are stored in order when the spec is generated, and are the spec's criteria", async () => {
    const { projectId, task } = await projectWithEvidence(db);
    const impl = await db.implementation.create({ data: { projectId, taskId: task.id } });
    await generateSpec({ implementationId: impl.id });
    const stored = await db.implementation.findUniqueOrThrow({ where: { id: impl.id } });
    expect(stored.acceptanceCriteria).toEqual(expect.arrayContaining([OUTCOME, STRUGGLE]));
    // the markdown holds the same criteria, in the same order
    expect(parseSpecCriteria(stored.spec!)).toEqual(stored.acceptanceCriteria);

    // only a merged implementation counts for the task
    expect(await taskAcceptanceCriteria({ taskId: task.id })).toBeNull();
    await db.implementation.update({ where: { id: impl.id }, data: { status: "merged", mergedAt: new Date() } });
    expect(await taskAcceptanceCriteria({ taskId: task.id })).toEqual({ implementationId: impl.id, criteria: stored.acceptanceCriteria });
  });

  it("fall back to the rendered spec for an implementation written before they were stored", async () => {
    const { projectId, task } = await projectWithEvidence(db);
    const spec = [
      "# Exporting invoices",
      "",
      "## Objective",
      "",
      "Make it work.",
      "",
      "## Acceptance criteria",
      "",
      "- [ ] Invoices reach Xero without a manual step _(from “the export to Xero breaks and I redo it all by hand”)_",
      "- [ ] The export names the invoices that failed, and why",
      "- [x] Totals match to the cent _(from “they never match”, “I check by hand”)_",
      "",
      "## Constraints",
      "",
      "- [ ] not a criterion",
      "",
    ].join("\n");
    const older = await db.implementation.create({
      data: { projectId, taskId: task.id, status: "merged", mergedAt: new Date(Date.now() - 86_400_000), spec },
    });
    const criteria = [
      "Invoices reach Xero without a manual step",
      "The export names the invoices that failed, and why",
      "Totals match to the cent",
    ];
    expect(await taskAcceptanceCriteria({ taskId: task.id })).toEqual({ implementationId: older.id, criteria });

    // the latest merge wins; stored criteria win over the markdown
    const newer = await db.implementation.create({
      data: { projectId, taskId: task.id, status: "merged", mergedAt: new Date(), spec, acceptanceCriteria: ["Stored criterion"] },
    });
    expect(await taskAcceptanceCriteria({ taskId: task.id })).toEqual({ implementationId: newer.id, criteria: ["Stored criterion"] });
    // an invitation names its implementation; another task's implementation is not found through this task
    expect((await taskAcceptanceCriteria({ taskId: task.id, implementationId: older.id }))?.criteria).toEqual(criteria);
    const other = await projectWithEvidence(db);
    expect(await taskAcceptanceCriteria({ taskId: other.task.id, implementationId: older.id })).toBeNull();
  });

  it("parse to nothing when the spec has no criteria section", () => {
    expect(parseSpecCriteria("# Title\n\n## Objective\n\nx\n")).toEqual([]);
  });
});
