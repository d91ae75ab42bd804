// GET …/tasks/:taskId/verification against real PostgreSQL: the merged PR, the impact, the invitations
// summary, per criterion the counts and the quotes (redacted, participants numbered, never named), and
// the overall verdict with its rule (ADR 017).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import * as verificationRoute from "@/app/api/v1/projects/[projectId]/tasks/[taskId]/verification/route";
import { CRITERIA, mergedTaskWithVerdicts, PARTICIPANTS } from "@/tests/helpers/verification-fixtures";
import { callRoute } from "../helpers/call-route";

async function get(token: string, projectId: string, taskId: string) {
  return callRoute(verificationRoute.GET, { token, params: { projectId, taskId } });
}

describe("GET /api/v1/projects/:projectId/tasks/:taskId/verification", () => {
  it("counts per criterion, numbered participants, redacted quotes and the overall verdict", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const { task, sessions } = await mergedTaskWithVerdicts(db, { projectId: project.id, impact: "improved" });
    // invitations in each state (addresses only in the rows)
    const statuses = ["pending", "sent", "opened", "completed", "completed", "failed", "opted_out"] as const;
    for (const [i, status] of statuses.entries())
      await db.followUpInvitation.create({
        data: {
          projectId: project.id,
          taskId: task.id,
          participantEmail: `p${i}@example.test`,
          emailHash: `hash-${i}`,
          tokenHash: `token-${task.id}-${i}`,
          expiresAt: new Date(Date.now() + 86_400_000),
          status,
        },
      });

    const res = await get(token, project.id, task.id);
    expect(res.status).toBe(200);
    const v = res.json.verification;
    expect(v.implementation).toMatchObject({ prNumber: 7, prTitle: "Export invoices to Xero reliably" });
    expect(v.impact).toMatchObject({ verdict: "improved", baselineRate: 0.5, currentRate: 0.1, changePercent: -80 });
    expect(v.invitations).toEqual({ total: 7, pending: 1, sent: 4, opened: 3, completed: 2, failed: 1, optedOut: 1 });
    expect(v.participants).toBe(3);
    expect(v.criteria).toHaveLength(2);
    expect(v.criteria[0]).toMatchObject({
      index: 0,
      criterion: CRITERIA[0],
      status: "fixed",
      counts: { fixed: 2, partly: 1, not_fixed: 0, not_tried: 0 },
    });
    // Ben did not try it and Chloe's answer was unclear: shown, not counted, so the criterion lacks answers
    expect(v.criteria[1]).toMatchObject({ status: "not_enough_evidence", counted: 1, counts: { fixed: 2, not_tried: 1 } });
    expect(v.criteria[1].quotes.map((q: { participant: string; counted: boolean }) => [q.participant, q.counted])).toEqual([
      ["Participant 1", true],
      ["Participant 2", false],
      ["Participant 3", false],
    ]);
    expect(v.criteria[0].quotes[0]).toMatchObject({
      participant: "Participant 1",
      verdict: "fixed",
      sessionId: sessions[0].id,
      offsetMs: 30_000,
      momentPath: `/projects/${project.id}/sessions/${sessions[0].id}?t=30000`,
    });
    expect(v.criteria[1].quotes[0].quote).toBe("when it failed it told me the token expired, mail me at [email]");
    expect(v.overall).toMatchObject({
      verdict: "partly_fixed",
      label: "Partly fixed",
      rule: "follow-up-majority-v1",
      impact: { verdict: "improved", agrees: true },
      disagreement: null,
    });
    // nobody is named: not the participants, not their addresses
    const text = JSON.stringify(res.json);
    for (const p of PARTICIPANTS) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.email);
    }
    expect(text).not.toContain("ana.private@example.org");
  });

  it("verified fixed once every criterion has enough answers; verdicts from before the merge are ignored", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const dan = {
      name: "Dan Wu",
      email: "dan@example.test",
      verdicts: [
        ["fixed", "all of them arrive", 0.9],
        ["fixed", "the retry button worked", 0.9],
      ],
    } as (typeof PARTICIPANTS)[number];
    const { task, mergedAt } = await mergedTaskWithVerdicts(db, { projectId: project.id, participants: [...PARTICIPANTS, dan] });
    // an answer about an earlier merge's criteria
    const old = await db.session.create({ data: { projectId: project.id, status: "completed" } });
    await db.followUpVerdict.create({
      data: {
        projectId: project.id,
        taskId: task.id,
        sessionId: old.id,
        criterionIndex: 0,
        criterion: "old",
        verdict: "not_fixed",
        confidence: 1,
        createdAt: new Date(mergedAt.getTime() - 86_400_000),
      },
    });
    const v = (await get(token, project.id, task.id)).json.verification;
    expect(v.overall).toMatchObject({ verdict: "verified_fixed", participants: 4, impact: { verdict: null, agrees: null } });
    expect(v.criteria[0].counts.not_fixed).toBe(0);
    expect(v.participants).toBe(4);
  });

  it("an implementation merged before criteria were stored is judged on its spec's criteria, asked or not", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const { task, implementation } = await mergedTaskWithVerdicts(db, { projectId: project.id });
    const spec = [
      "# Spec",
      "",
      "## Acceptance criteria",
      "",
      ...[...CRITERIA, "Credit notes reach Xero too"].map((c) => `- [ ] ${c}`),
      "",
      "## Constraints",
    ];
    await db.implementation.update({ where: { id: implementation.id }, data: { acceptanceCriteria: [], spec: spec.join("\n") } });
    const v = (await get(token, project.id, task.id)).json.verification;
    expect(v.criteria.map((c: { criterion: string; status: string }) => [c.criterion, c.status])).toEqual([
      [CRITERIA[0], "fixed"],
      [CRITERIA[1], "not_enough_evidence"],
      ["Credit notes reach Xero too", "not_enough_evidence"],
    ]);
    expect(v.overall.reason).toMatch(/2 still need more answers/);
  });

  it("a task without a merge: no implementation, no verdicts, not enough evidence; viewers may read, other projects may not", async () => {
    const { project, token } = await createOwnerWithProject(db);
    const task = await db.task.create({ data: { projectId: project.id, title: "Open task" } });
    const viewer = await createUser(db);
    await addMember(db, { projectId: project.id, userId: viewer.id, role: "viewer" });
    const viewerToken = await createApiTokenFor(db, { userId: viewer.id });
    const res = await get(viewerToken, project.id, task.id);
    expect(res.status).toBe(200);
    expect(res.json.verification).toMatchObject({
      implementation: null,
      impact: null,
      criteria: [],
      participants: 0,
      invitations: { total: 0 },
      overall: { verdict: "not_enough_evidence" },
    });

    const other = await createOwnerWithProject(db);
    expect((await get(other.token, project.id, task.id)).status).toBe(404);
    const otherTask = await db.task.create({ data: { projectId: other.project.id, title: "Theirs" } });
    expect((await get(token, project.id, otherTask.id)).status).toBe(404);
  });
});
