// `usertests task verify <taskId> [--json]`: the task's verification from GET …/tasks/:id/verification,
// printed with the overall verdict and its rule, the impact, and per criterion the counts and the
// numbered participants' redacted quotes. The app's route handlers on a loopback port; the CLI runs
// as a child process.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mergedTaskWithVerdicts, PARTICIPANTS } from "@/tests/helpers/verification-fixtures";
import { signedInCliForFile } from "./helpers/signed-in-cli";

const signedIn = signedInCliForFile();

describe("task verify", () => {
  it("prints the overall verdict, the impact, the counts per criterion and numbered, redacted quotes", async () => {
    const { task, sessions } = await mergedTaskWithVerdicts(db, { projectId: signedIn.owner.project.id, impact: "improved" });
    const out = await signedIn.cli.run(["task", "verify", task.id]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Verdict:\s+Partly fixed \(rule follow-up-majority-v1\)/);
    expect(out.stdout).toMatch(/Impact:\s+50% of 10 sessions → 10% of 10 \(-80\.0%\): improved/);
    expect(out.stdout).toMatch(/1\s+Invoices reach Xero without a manual export\s+2\s+1\s+0\s+0\s+fixed/);
    expect(out.stdout).toContain(`Participant 1: fixed — "they just land in Xero now, I checked twice"  [${sessions[0].id}@00:30]`);
    expect(out.stdout).toContain("Participant 3: fixed (unclear, not counted)");
    expect(out.stdout).toContain("mail me at [email]");
    for (const p of PARTICIPANTS) expect(out.stdout).not.toContain(p.name);

    const json = await signedIn.cli.run(["task", "verify", task.id, "--json"]);
    expect(json.code).toBe(0);
    expect(json.json.verification.overall).toMatchObject({ verdict: "partly_fixed", rule: "follow-up-majority-v1" });
    expect(json.json.verification.criteria[0].counts).toEqual({ fixed: 2, partly: 1, not_fixed: 0, not_tried: 0 });
  });

  it("says what is missing for a task that is not merged, and fails clearly for an unknown task", async () => {
    const task = await db.task.create({ data: { projectId: signedIn.owner.project.id, title: "Not shipped" } });
    const out = await signedIn.cli.run(["task", "verify", task.id]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Verdict:\s+Not enough evidence yet/);
    expect(out.stdout + out.stderr).toContain("Nothing merged yet");
    const missing = await signedIn.cli.run(["task", "verify", "task_missing"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/not found/i);
  });
});
