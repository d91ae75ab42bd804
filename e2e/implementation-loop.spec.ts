// The implementation loop in a real browser: connect GitHub in Settings (fake GitHub API, real
// Octokit) → task page → generate spec (fake Claude) → open the pull request (the real Inngest
// functions, driven by scripts/fake-inngest-executor.ts) → PR link → a signed merge webhook → task
// done → measure now → verdict → a follow-up invitation offered. A viewer sees the same panel without the buttons.
import { createHmac } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { FAKE_GITHUB_URL } from "../playwright.config";
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { type RunRecord, waitForRuns } from "./inngest-runs";
import { addProjectMember, seedRecordedSession } from "./research-data";
import { e2eDatabaseUrl } from "./e2e-database";

const DAY = 86_400_000;

async function withDb<T>(fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

/** Processed sessions around a merge: `before` with the task's problem in half of them, `after` without it. */
async function seedSessionsAround(projectId: string, mergedAt: Date, topic: string) {
  await withDb(async (db) => {
    for (let i = 0; i < 12; i++) {
      const before = i < 6;
      const completedAt = new Date(mergedAt.getTime() + (before ? -(i + 1) : i - 5) * DAY);
      const session = await db.session.create({ data: { projectId, status: "completed", processingStatus: "processed", completedAt } });
      const matching = before && i % 2 === 0;
      await db.signal.create({
        data: {
          projectId,
          sessionId: session.id,
          type: "struggling_moment",
          quote: "it went wrong again",
          topic: matching ? topic : "Calendar invites arrive late",
          confidence: 0.9,
          intensity: 0.7,
          createdAt: completedAt,
        },
      });
    }
  });
}

async function fakeGithub(path: string, body: object) {
  const res = await fetch(`${FAKE_GITHUB_URL}/__control/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(204);
}

test("task → spec → pull request → signed merge → done → measured", async ({ page, user }, testInfo) => {
  test.setTimeout(120_000);
  expect(user.email).toBeTruthy();
  const project = await createProjectViaApi(page, "Loop research");
  const seeded = await seedRecordedSession(project.id);
  const taskId = seeded.taskIds.export;
  // the desired outcome is evidence for the same task (acceptance criteria come from it)
  expect((await page.request.post(`/api/v1/projects/${project.id}/tasks/${taskId}/signals/${seeded.signalIds.outcome}`)).ok()).toBe(true);

  const repo = `acme/loop-${Date.now().toString(36)}`;
  const token = `github_pat_e2e_${Math.random().toString(36).slice(2)}0000000000`;
  await fakeGithub("repos", {
    fullName: repo,
    files: {
      "README.md": "# Acme\n",
      "src/export/vat-csv-export.ts": "export function exportCsv() {}\n",
      "src/export/csv-columns.ts": "export const columns = [];\n",
      "src/auth/session.ts": "export {};\n",
    },
  });
  await fakeGithub("tokens", { token, repos: [repo], push: true });

  // Settings → GitHub: connect with a fine-grained token; the webhook secret is shown once
  await page.goto(`/projects/${project.id}/settings#github`);
  const github = page.getByTestId("github-settings");
  await github.getByLabel("Repository", { exact: true }).fill(repo);
  await github.getByLabel("Token", { exact: true }).fill(token);
  await github.getByRole("button", { name: "Test and connect" }).click();
  const secret = (await page.getByLabel("Webhook secret", { exact: true }).textContent())!.trim();
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId("github-connection")).toContainText(repo);
  await expect(page.getByTestId("github-check-message")).toContainText("with write access");
  await snap(page, testInfo, "1-github-connected");

  // task page: generate the spec
  await page.goto(`/projects/${project.id}/tasks/${taskId}`);
  const panel = page.getByTestId("implementation-panel");
  await panel.getByRole("button", { name: "Generate spec" }).click();
  const spec = panel.getByTestId("spec-markdown");
  await expect(spec).toBeVisible({ timeout: 30_000 });
  await expect(spec.getByRole("heading", { name: "Acceptance criteria" })).toBeVisible();
  await expect(spec).toContainText("I want my accountant to import it the first time");
  await expect(spec).toContainText("src/export/vat-csv-export.ts");
  await expect(panel.getByTestId("implementation-status")).toHaveText("Spec ready");
  await snap(page, testInfo, "2-spec");

  // open the pull request
  await panel.getByRole("button", { name: "Open pull request" }).click();
  const prLink = panel.getByTestId("pr-link");
  await expect(prLink).toBeVisible({ timeout: 30_000 });
  await expect(prLink).toHaveAttribute("href", `https://github.test/${repo}/pull/1`);
  await expect(page.getByTestId("task-status")).toHaveText("In review");
  // the edit form follows the refreshed task too (it must not offer the stale status back)
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("in_review");
  const state = (await (await fetch(`${FAKE_GITHUB_URL}/__control/state`)).json()) as {
    fullName: string;
    pulls: { body: string; labels: { name: string }[] }[];
  }[];
  const pull = state.find((r) => r.fullName === repo)!.pulls[0];
  expect(pull.body).toContain("“I want my accountant to import it the first time”");
  expect(pull.body).toContain("Sessions: **1** · Participants: **1** · Signals: **2**");
  expect(pull.labels.map((l) => l.name)).toEqual(["usertests", "user-evidence"]);
  // both went through the app's Inngest functions, run by the stand-in Inngest server
  const ofTask = (r: RunRecord) => r.event.data.taskId === taskId;
  expect((await waitForRuns("generate-implementation-spec", ofTask))[0].status).toBe("completed");
  expect((await waitForRuns("push-implementation", ofTask))[0].status).toBe("completed");
  await snap(page, testInfo, "3-pull-request");

  // GitHub reports the merge (15 days ago, so both measurement windows are complete)
  const mergedAt = new Date(Date.now() - 15 * DAY);
  await seedSessionsAround(project.id, mergedAt, "Split VAT rates in the CSV export");
  const payload = JSON.stringify({
    action: "closed",
    repository: { full_name: repo },
    pull_request: {
      number: 1,
      state: "closed",
      merged: true,
      merged_at: mergedAt.toISOString(),
      html_url: `https://github.test/${repo}/pull/1`,
    },
  });
  const headers = { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `e2e-${Date.now()}` };
  const unsigned = await page.request.post("/api/webhooks/github", { headers, data: payload });
  expect(unsigned.status()).toBe(401);
  const signature = `sha256=${createHmac("sha256", secret).update(payload).digest("hex")}`;
  const merged = await page.request.post("/api/webhooks/github", {
    headers: { ...headers, "x-hub-signature-256": signature },
    data: payload,
  });
  expect(merged.status()).toBe(200);
  // the merge schedules the measurement: the run sleeps through the impact window (parked by the stand-in)
  expect((await waitForRuns("measure-implementation-impact", ofTask))[0]).toMatchObject({
    status: "sleeping",
    steps: [{ name: "wait-for-window", status: "sleeping" }],
  });

  await page.reload();
  await expect(page.getByTestId("task-status")).toHaveText("Done");
  await expect(panel.getByTestId("implementation-status")).toHaveText("Merged");
  await panel.getByRole("button", { name: "Measure now" }).click();
  await expect(panel.getByTestId("impact-verdict")).toHaveText("Improved");
  await expect(panel.getByTestId("impact-summary")).toContainText("50 % of 6 sessions before the merge → 0 % of 6 after (-100 %)");
  await expect(panel.getByTestId("impact-chart")).toBeVisible();
  await snap(page, testInfo, "4-measured");

  // once the participant behind the evidence agrees to be contacted again, the merged task offers a
  // follow-up invitation (e2e/follow-up.spec.ts follows one to the interview)
  await withDb((db) => db.session.update({ where: { id: seeded.sessionId }, data: { consentFollowUp: true } }));
  await page.reload();
  const followUp = page.getByTestId("follow-up-invitations");
  await expect(followUp.getByTestId("follow-up-eligible")).toContainText("Dana Ortiz");
  await expect(followUp.getByRole("button", { name: "Send follow-up invitations (1)" })).toBeVisible();
});

test("a viewer sees the implementation panel without actions, and the API refuses them", async ({ page, browser, user }, testInfo) => {
  expect(user.email).toBeTruthy();
  const project = await createProjectViaApi(page, "Viewer loop");
  const seeded = await seedRecordedSession(project.id);
  const viewerEmail = uniqueEmail("viewer");
  await addProjectMember(project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  await viewer.goto(`/projects/${project.id}/tasks/${seeded.taskIds.export}`);
  const panel = viewer.getByTestId("implementation-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("button")).toHaveCount(0);
  const refused = await viewer.request.post(`/api/v1/projects/${project.id}/tasks/${seeded.taskIds.export}/spec`, { data: {} });
  expect(refused.status()).toBe(403);
  await snap(viewer, testInfo, "viewer-panel");
  await context.close();
});
