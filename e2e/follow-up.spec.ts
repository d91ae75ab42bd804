// Follow-up invitations in a real browser: a merged task (a signed merge webhook) → a member sends
// the follow-up invitations from the task page → the stand-in Inngest server runs
// send-follow-up-invitations and send-email → the mail arrives at a real SMTP server started here →
// the participant opens the link FROM THAT MAIL in a fresh browser, gives consent and lands in the
// interview room; the task page then shows the invitation as opened. Then Dana does the follow-up
// interview (fake Claude asks about the acceptance criterion), processing extracts her verdict, and
// the task page's "Did it work?", the comment on the fake GitHub pull request and the overview show
// the result. Serial: one catcher per file.
import { createHmac } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { FAKE_GITHUB_URL } from "../playwright.config";
import { checkPage } from "./axe";
import { e2eDatabaseUrl } from "./e2e-database";
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { sessionRuns, waitForRuns } from "./inngest-runs";
import { linkIn, waitForMail } from "./mail";
import { answerAll, endInterview } from "./participant";
import { addProjectMember, seedRecordedSession } from "./research-data";

test.describe.configure({ mode: "serial" });

/** The merged change's one acceptance criterion, which the follow-up interview asks about. */
const CRITERION = "The CSV export puts each VAT rate in its own column";
/** Dana's answer: the fake verdict responder reads "it works" as fixed. */
const VERDICT_ANSWER = "It works now: each VAT rate has its own column and my accountant imported it the first time.";

async function withDb<T>(fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

async function fakeGithub(path: string, body: object) {
  const res = await fetch(`${FAKE_GITHUB_URL}/__control/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(204);
}

/**
 * A project whose task's pull request GitHub reports merged through the signed webhook, with the
 * participant behind its evidence (Dana Ortiz) agreeing to be contacted again.
 */
async function mergedTaskWithParticipant(page: import("@playwright/test").Page) {
  const project = await createProjectViaApi(page, "Follow-up research");
  const seeded = await seedRecordedSession(project.id);
  const taskId = seeded.taskIds.export;
  const repo = `acme/follow-up-${Date.now().toString(36)}`;
  const token = `github_pat_e2e_${Math.random().toString(36).slice(2)}0000000000`;
  await fakeGithub("repos", { fullName: repo, files: { "README.md": "# Acme\n" } });
  await fakeGithub("tokens", { token, repos: [repo], push: true });
  // the pull request itself, so the verdict comment has somewhere to go
  await fakeGithub("pulls", { repo, number: 1, title: "Split VAT rates in the CSV export", merged: true });
  const connected = await page.request.post(`/api/v1/projects/${project.id}/github`, { data: { kind: "token", repository: repo, token } });
  expect(connected.status()).toBe(200);
  const { webhookSecret } = (await connected.json()) as { webhookSecret: string };
  const participantEmail = await withDb(async (db) => {
    // the pull request that was opened for the task, and the participant's consent to follow-up contact
    await db.implementation.create({
      data: {
        projectId: project.id,
        taskId,
        status: "open",
        prNumber: 1,
        repo,
        prUrl: `https://github.test/${repo}/pull/1`,
        prState: "open",
        acceptanceCriteria: [CRITERION],
      },
    });
    const session = await db.session.update({ where: { id: seeded.sessionId }, data: { consentFollowUp: true } });
    return session.participantEmail!;
  });
  const payload = JSON.stringify({
    action: "closed",
    repository: { full_name: repo },
    pull_request: {
      number: 1,
      state: "closed",
      merged: true,
      merged_at: new Date().toISOString(),
      html_url: `https://github.test/${repo}/pull/1`,
    },
  });
  const merged = await page.request.post("/api/webhooks/github", {
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": `e2e-follow-up-${Date.now()}`,
      "x-hub-signature-256": `sha256=${createHmac("sha256", webhookSecret).update(payload).digest("hex")}`,
    },
    data: payload,
  });
  expect(merged.status()).toBe(200);
  return { project, seeded, taskId, participantEmail, repo };
}

test("a member invites from the task page; the participant follows the link in the mail into the interview room", async ({
  page,
  browser,
  user,
}, testInfo) => {
  // the whole loop (mail, interview, processing, comment) in one journey: ~40 s alone, much more on a busy machine
  test.setTimeout(240_000);
  expect(user.email).toBeTruthy(); // the page is signed in as the project's owner
  const { project, taskId, participantEmail, repo } = await mergedTaskWithParticipant(page);

  // a member (not the owner) sends the invitations
  const memberEmail = uniqueEmail("member");
  await addProjectMember(project.id, memberEmail, "member");
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInWithDevLogin(member, memberEmail);
  await member.goto(`/projects/${project.id}/tasks/${taskId}`);
  const panel = member.getByTestId("follow-up-invitations");
  await expect(panel.getByTestId("follow-up-eligible")).toContainText("Dana Ortiz");
  // the address is masked on the page
  await expect(panel.getByTestId("follow-up-eligible")).toContainText("d***@example.test");
  await expect(panel.getByTestId("follow-up-eligible")).not.toContainText(participantEmail);
  await panel.getByRole("button", { name: "Send follow-up invitations (1)" }).click();
  const row = panel.getByTestId("follow-up-invitation");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Dana Ortiz");
  await expect(panel.getByRole("button", { name: /Send follow-up invitations/ })).toHaveCount(0);
  await checkPage(member, testInfo, "task-follow-up-invitations", () => expect(row).toBeVisible());

  // the stand-in Inngest server runs both functions; the mail arrives at the catcher
  const ofTask = (r: { event: { data: Record<string, unknown> } }) => r.event.data.taskId === taskId;
  expect((await waitForRuns("send-follow-up-invitations", ofTask))[0].status).toBe("completed");
  const received = await waitForMail(participantEmail);
  expect(received.subject).toBe("Did our change help? A 10-minute follow-up for Follow-up research");
  expect(received.text).toContain("“Split VAT rates in the CSV export”");
  const origin = testInfo.project.use.baseURL!;
  const link = linkIn(received.text, `${origin}/u/follow-up/`);
  expect(linkIn(received.text, `${origin}/u/opt-out/`)).toBeTruthy();
  await member.reload();
  await expect(row).toContainText("Sent");

  // the participant: a fresh browser, no account, the link from the mail
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(link);
  const form = participant.getByTestId("follow-up-start");
  await expect(form.getByRole("heading", { level: 1, name: "Hi Dana Ortiz, did our change help?" })).toBeVisible();
  await expect(form).toContainText("Split VAT rates in the CSV export");
  await checkPage(participant, testInfo, "follow-up-link", () => expect(form).toBeVisible());
  await form.getByLabel("I agree that my answers and interview may be analysed to improve the product.").check();
  await snap(participant, testInfo, "follow-up-consent");
  await form.getByRole("button", { name: "Start" }).click();
  await expect(participant).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  await expect(participant.getByTestId("interview-lobby")).toBeVisible();
  const sessionId = new URL(participant.url()).pathname.split("/").pop()!;
  await snap(participant, testInfo, "follow-up-interview-room");

  // the session is a follow-up, linked to the invitation; the link re-enters it
  const session = await withDb((db) => db.session.findUniqueOrThrow({ where: { id: sessionId }, include: { followUpInvitation: true } }));
  expect(session).toMatchObject({ purpose: "follow_up", consentAnalytics: true, consentRecording: false, projectId: project.id });
  expect(session.followUpInvitation?.taskId).toBe(taskId);
  await participant.goto(link);
  await participant.getByTestId("follow-up-start").getByRole("button", { name: "Continue" }).click();
  await expect(participant).toHaveURL(new RegExp(`/u/interview/${sessionId}\\?key=`));

  // a mistyped link explains itself
  await participant.goto(`${link.slice(0, -2)}xx`);
  await expect(participant.getByTestId("follow-up-link-problem")).toContainText("Follow-up link not found");

  await member.reload();
  await expect(row).toContainText("Opened");
  await snap(member, testInfo, "task-follow-up-opened");

  // Did it work? Another participant already confirmed the criterion in an earlier follow-up; Dana
  // now does the interview (fake Claude asks about the criterion by name and judges her answer)
  await withDb(async (db) => {
    const earlier = await db.session.create({ data: { projectId: project.id, status: "completed", processingStatus: "processed" } });
    await db.followUpVerdict.create({
      data: {
        projectId: project.id,
        taskId,
        sessionId: earlier.id,
        criterionIndex: 0,
        criterion: CRITERION,
        verdict: "fixed",
        quote: "The VAT rates finally have their own columns",
        offsetMs: 20_000,
        confidence: 0.9,
      },
    });
  });
  await participant.goto(link);
  await participant.getByTestId("follow-up-start").getByRole("button", { name: "Continue" }).click();
  await participant.getByRole("button", { name: "Start the interview" }).click();
  const messages = participant.getByTestId("interview-room").getByTestId("message");
  await expect(messages.first()).toContainText("Could you try it now");
  // answer until the interviewer has asked about the criterion, and answer that too
  let asked = false;
  for (let turn = 0; turn < 6 && !asked; turn++) {
    asked = ((await messages.last().textContent()) ?? "").includes(CRITERION);
    await answerAll(participant, [VERDICT_ANSWER]);
  }
  expect(asked).toBe(true);
  await endInterview(participant);
  expect((await waitForRuns("process-session", sessionRuns(sessionId)))[0].status).toBe("completed");
  expect((await waitForRuns("post-verification-comment", ofTask))[0].status).toBe("completed");

  await member.reload();
  const verdicts = member.getByTestId("did-it-work-panel");
  await expect(verdicts.getByTestId("overall-verdict")).toHaveText("Verified fixed");
  const criterion = verdicts.getByTestId("criterion");
  await expect(criterion).toHaveCount(1);
  await expect(criterion).toContainText(CRITERION);
  await expect(criterion.getByTestId("criterion-counts")).toHaveText("2 fixed · 0 partly · 0 not fixed · 0 not tried");
  await expect(criterion).toContainText("Participant 1 · Fixed — “The VAT rates finally have their own columns”");
  await expect(criterion).toContainText("Participant 2 · Fixed — “It works now");
  // participants are numbered, never named, in the verdicts
  await expect(verdicts).not.toContainText("Dana");
  await checkPage(member, testInfo, "task-did-it-work", () => expect(criterion).toBeVisible());

  // …and on the merged pull request, one comment summarising them
  const state = (await (await fetch(`${FAKE_GITHUB_URL}/__control/state`)).json()) as {
    fullName: string;
    comments: { issue_number: number; body: string }[];
  }[];
  const comments = state.find((r) => r.fullName === repo)!.comments;
  expect(comments).toHaveLength(1);
  expect(comments[0].issue_number).toBe(1);
  expect(comments[0].body).toContain("### Did it work? Verified fixed");
  expect(comments[0].body).toContain("Participant 2: fixed — “It works now");
  expect(comments[0].body).not.toContain("Dana");

  // the overview counts the task as shipped and verified
  await member.goto(`/projects/${project.id}`);
  await expect(member.getByTestId("shipped-and-verified")).toHaveText("1 of 1 shipped task verified fixed by participants");
  await participantContext.close();
  await memberContext.close();
});
