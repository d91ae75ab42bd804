// `usertests task invite <taskId> [--dry-run]`: the follow-up invitations of a merged task through
// GET|POST …/tasks/:id/follow-up-invitations. A dry run lists who would be invited (masked) and sends
// nothing; the real run invites once per person; a task not merged fails with the server's reason.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { participant } from "@/tests/follow-up/fixtures";
import { signedInCliForFile } from "./helpers/signed-in-cli";

const signedIn = signedInCliForFile();

async function mergedTask(title: string, merged = true) {
  const projectId = signedIn.owner.project.id;
  const task = await db.task.create({ data: { projectId, title, status: "done" } });
  await db.implementation.create({
    data: { projectId, taskId: task.id, status: merged ? "merged" : "open", mergedAt: merged ? new Date() : null },
  });
  await participant(db, { projectId, taskId: task.id, email: `ana-${task.id}@example.test`, name: "Ana", consent: { session: true } });
  return task;
}

describe("task invite", () => {
  it("--dry-run lists who would be invited; the real run invites each once", async () => {
    const task = await mergedTask("Exports fail");
    const dry = await signedIn.cli.run(["task", "invite", task.id, "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("1 participant would be invited (dry run: nothing sent).");
    expect(dry.stdout).toMatch(/Ana\s+a\*\*\*@example\.test\s+1/);
    expect(dry.stdout).not.toContain(`ana-${task.id}@`);
    expect(await db.followUpInvitation.count({ where: { taskId: task.id } })).toBe(0);

    const sent = await signedIn.cli.run(["task", "invite", task.id]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain("Invited 1 participant; 0 had been invited before.");
    expect(sent.stdout).toMatch(/Ana\s+pending/);
    const again = await signedIn.cli.run(["task", "invite", task.id, "--json"]);
    expect(again.json).toMatchObject({ invited: 0, alreadyInvited: 1 });
    expect(await db.followUpInvitation.count({ where: { taskId: task.id } })).toBe(1);
  });

  it("fails with the reason for a task whose pull request is not merged", async () => {
    const task = await mergedTask("Not shipped", false);
    const out = await signedIn.cli.run(["task", "invite", task.id]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain("merge this task's latest pull request first");
  });
});
