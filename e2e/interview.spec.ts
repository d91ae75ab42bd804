// The participant journey: screener → qualify → interview room (permission check, streamed answers
// from the fake Claude, a failed answer retried, reload resumes) → end → completion page with the
// processing status. The app's real Anthropic SDK talks to scripts/fake-ai-server.ts.
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { FAKE_AI_URL } from "../playwright.config";
import { createProjectViaApi, expect, snap, test, uniqueEmail } from "./fixtures";
import { e2eDatabaseUrl } from "./e2e-database";

// a fake microphone (and camera) that the browser grants without a prompt
test.use({
  launchOptions: async ({ launchOptions }, provide) =>
    provide({ ...launchOptions, args: [...(launchOptions.args ?? []), "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"] }),
});

const QUESTION = "How often do you send invoices?";

/** An active screener through the researcher API; returns its public link. */
async function publishScreener(page: Page, projectName: string) {
  const project = await createProjectViaApi(page, projectName);
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Invoicing interviews",
      thankYouMessage: "Thanks a lot! Your $30 gift card is on its way.",
      questions: [{ text: QUESTION, type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
    },
  });
  expect(created.status()).toBe(201);
  const { screener } = (await created.json()) as { screener: { id: string } };
  expect((await page.request.post(`/api/v1/projects/${project.id}/screeners/${screener.id}/status`, { data: { status: "active" } })).status()).toBe(200);
  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  return { url: `/u/screener/${screener.id}?key=${keys.publicKey.value}`, key: keys.publicKey.value };
}

/** A participant in their own browser answers the screener and lands in the interview room. */
async function qualify(browser: Browser, link: string, opts: { name: string; record: boolean }) {
  const context = await browser.newContext({ permissions: ["microphone"] });
  const p = await context.newPage();
  await p.goto(link);
  await p.getByRole("group", { name: new RegExp(QUESTION) }).getByLabel("Weekly", { exact: true }).check();
  await p.getByRole("textbox", { name: "Name" }).fill(opts.name);
  await p.getByRole("textbox", { name: "Email" }).fill(uniqueEmail("participant"));
  if (opts.record) await p.getByLabel(/I agree to the interview being recorded/).check();
  await p.getByRole("button", { name: "Submit answers" }).click();
  await expect(p).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  return { context, p };
}

/** Moves the session's processing on, as the pipeline would (it does not run in this suite). */
async function setProcessing(sessionId: string, status: "processing" | "processed" | "failed", extra: { signalCount?: number; error?: string } = {}) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const res = await client.query(
      `UPDATE "Session" SET "processingStatus" = $2::"ProcessingStatus", "signalCount" = $3, "processingError" = $4 WHERE "id" = $1`,
      [sessionId, status, extra.signalCount ?? 0, extra.error ?? null],
    );
    expect(res.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

/** Sets the interview's persisted counters, as if that many answers had been given. */
async function setTurns(sessionId: string, phaseTurns: Record<string, number>, phase: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const total = Object.values(phaseTurns).reduce((a, b) => a + b, 0);
    await client.query(`UPDATE "Session" SET "phaseTurns" = $2::jsonb, "participantTurns" = $3, "currentPhase" = $4::"InterviewPhase" WHERE "id" = $1`, [
      sessionId,
      JSON.stringify(phaseTurns),
      total,
      phase,
    ]);
  } finally {
    await client.end();
  }
}

async function answer(p: Page, text: string) {
  const box = p.getByLabel("Your answer");
  await box.fill(text);
  await box.press("Enter");
}

test("screener → interview with streamed answers, a retried failure and a reload → end → completion status", async ({ page, user: _owner, browser }, testInfo) => {
  test.setTimeout(120_000); // a whole interview session, with the model's retry backoff and the recorder's flush
  const { url } = await publishScreener(page, "Interview journey");
  const { context, p } = await qualify(browser, url, { name: "Ada Participant", record: true });

  // the lobby: consents from the screener, permission check from a click, prefilled identity
  const lobby = p.getByTestId("interview-lobby");
  await expect(lobby.getByRole("heading", { level: 1, name: "Invoicing interviews" })).toBeVisible();
  await expect(lobby.getByText("You agreed to be recorded.")).toBeVisible();
  await expect(lobby.getByLabel("Name")).toHaveValue("Ada Participant");
  await expect(lobby.getByLabel("Email")).toHaveValue(/participant-.*@e2e\.test/);
  await lobby.getByRole("button", { name: "Check microphone" }).click();
  await expect(p.getByTestId("mic-check")).toHaveAttribute("data-state", "ok");
  await lobby.getByLabel("Share my screen too").uncheck();
  await snap(p, testInfo, "lobby");
  await lobby.getByRole("button", { name: "Start the interview" }).click();

  // the interviewer greets by name (fake Claude, streamed through the real SDK)
  const room = p.getByTestId("interview-room");
  const messages = room.getByTestId("message");
  await expect(messages.first()).toContainText("Hi Ada Participant, thanks for joining.");
  await expect(p.getByTestId("recording-status")).toBeVisible();

  // three answers, each answered by one open question
  const answers = [
    "I run a small design studio and send about twenty invoices a month.",
    "Every month the export to our accounting tool breaks and I redo it by hand.",
    "Mostly on Fridays, after the client calls are done.",
  ];
  for (const [i, text] of answers.entries()) {
    await answer(p, text);
    await expect(messages).toHaveCount(2 + i * 2 + 1);
    await expect(messages.nth(2 + i * 2)).toHaveAttribute("data-role", "interviewer");
    await expect(p.getByTestId("streaming-reply")).toHaveCount(0);
  }
  await expect(messages.nth(1)).toHaveText(`You: ${answers[0]}`);
  await expect(messages.last()).toContainText("?");

  // the character counter and the limit
  const box = p.getByLabel("Your answer");
  await box.fill("x".repeat(4001));
  await expect(p.getByTestId("char-count")).toContainText("4,001 / 4,000 · 1 too many");
  await expect(room.getByRole("button", { name: "Send" })).toBeDisabled();
  await box.fill("");

  // the model fails (three attempts): the message stays, "Try again" resends it and gets the answer
  const marker = `invoices-${Date.now()}`;
  const scripted = await page.request.post(`${FAKE_AI_URL}/__control/claude/when`, { data: { lastUserIncludes: marker, times: 3, reply: { error: "overloaded" } } });
  expect(scripted.status()).toBe(204);
  await answer(p, `The reminders never work (${marker}).`);
  const failed = p.getByTestId("reply-failed");
  await expect(failed).toContainText("Your message is saved");
  await expect(messages).toHaveCount(8);
  await snap(p, testInfo, "reply-failed");
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(messages).toHaveCount(9);
  await expect(failed).toHaveCount(0);
  await snap(p, testInfo, "room");

  // a reload resumes the conversation where it was
  await p.reload();
  await expect(room.getByTestId("message")).toHaveCount(9);
  await expect(room.getByTestId("message").nth(7)).toContainText(marker);

  // end (confirmed) → completion page with the thank-you and the processing status
  await room.getByRole("button", { name: "End interview" }).click();
  const dialog = p.getByRole("dialog", { name: "End the interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "End interview" }).click();
  await expect(p).toHaveURL(/\/u\/complete\/[^/?]+\?key=ut_pub_/);
  await expect(p.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await expect(p.getByTestId("thank-you")).toHaveText("Thanks a lot! Your $30 gift card is on its way.");
  const status = p.getByTestId("processing-status");
  await expect(status).toHaveAttribute("data-status", "pending");
  await expect(status).toContainText("queued for analysis");
  await snap(p, testInfo, "completion");

  // the status follows the pipeline without a reload
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  await setProcessing(sessionId, "processing");
  await expect(status).toContainText("Analysing your interview");
  await setProcessing(sessionId, "processed", { signalCount: 4 });
  await expect(status).toHaveAttribute("data-status", "processed");
  await expect(status).toContainText("4 insights from your interview");
  await snap(p, testInfo, "completion-processed");

  // the ended interview's link now leads to the completion page
  const completeUrl = p.url();
  await p.goto(completeUrl.replace("/u/complete/", "/u/interview/"));
  await expect(p).toHaveURL(completeUrl);
  await context.close();
});

test("without recording consent the room is text only; the interview closes and ends itself after the wrap-up", async ({ page, user: _owner, browser }, testInfo) => {
  const { url } = await publishScreener(page, "Text-only interview");
  const { context, p } = await qualify(browser, url, { name: "Ben", record: false });
  await expect(p.getByTestId("text-only")).toContainText("text only");
  await expect(p.getByRole("button", { name: "Check microphone" })).toHaveCount(0);
  await p.getByRole("button", { name: "Start the interview" }).click();
  await expect(p.getByTestId("message").first()).toContainText("Hi Ben");
  await expect(p.getByTestId("recording-status")).toHaveAttribute("data-state", "off");
  await expect(p.getByTestId("recording-status")).toContainText("Text only");
  await p.setViewportSize({ width: 390, height: 760 });
  await snap(p, testInfo, "text-only-room-mobile");

  // jump to the last wrap-up answer (34 of 35 given), as if the participant had talked for half an hour
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  await setTurns(sessionId, { rapport: 4, first_thought: 6, passive_looking: 4, active_looking: 6, deciding: 4, first_use: 8, wrap_up: 2 }, "wrap_up");
  await answer(p, "No, I think that covers it. Thanks for listening.");
  await expect(p.getByTestId("interview-ended")).toContainText("The interview is complete. Thank you!");
  await expect(p.getByTestId("message").last()).toContainText("The interview is finished");
  await expect(p.getByLabel("Your answer")).toHaveCount(0);
  await snap(p, testInfo, "auto-ended");
  await p.getByRole("button", { name: "Continue" }).click();
  await expect(p).toHaveURL(/\/u\/complete\//);
  await expect(p.getByTestId("processing-status")).toHaveAttribute("data-status", "pending");
  await context.close();
});

test("the completion page shows a failed analysis with its reason", async ({ page, user: _owner, browser }, testInfo) => {
  const { url } = await publishScreener(page, "Failed processing");
  const { context, p } = await qualify(browser, url, { name: "Cy", record: false });
  await p.getByRole("button", { name: "Start the interview" }).click();
  await expect(p.getByTestId("message").first()).toContainText("Hi Cy");
  await answer(p, "I mostly use spreadsheets for this.");
  await expect(p.getByTestId("message")).toHaveCount(3);
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  await p.getByRole("button", { name: "End interview" }).click();
  await p.getByRole("dialog", { name: "End the interview?" }).getByRole("button", { name: "End interview" }).click();
  await expect(p).toHaveURL(/\/u\/complete\//);
  await setProcessing(sessionId, "failed", { error: "Transcription failed: the audio could not be decoded" });
  const status = p.getByTestId("processing-status");
  await expect(status).toHaveAttribute("data-status", "failed");
  await expect(status).toContainText("The automatic analysis did not finish.");
  await expect(status).toContainText("Transcription failed: the audio could not be decoded");
  await snap(p, testInfo, "completion-failed");
  await context.close();
});

test("a broken link explains itself", async ({ page }) => {
  await page.goto("/u/interview/nope");
  await expect(page.getByRole("heading", { name: "This link is incomplete" })).toBeVisible();
  await page.goto("/u/interview/nope?key=ut_pub_wrong");
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await page.goto("/u/complete/nope?key=ut_pub_wrong");
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
});
