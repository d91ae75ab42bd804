// The participant journey: screener → qualify → interview room (permission check, streamed answers
// from the fake Claude, a failed answer retried, reload resumes) → end → completion page following
// the real processing (process-session run by the stand-in Inngest server) to its end, or to its
// failure. The app's real Anthropic SDK talks to scripts/fake-ai-server.ts.
import pg from "pg";
import { FAKE_AI_URL } from "../playwright.config";
import { expect, snap, test } from "./fixtures";
import { e2eDatabaseUrl } from "./e2e-database";
import { sessionRuns, waitForRuns } from "./inngest-runs";
import { answer, publishScreener, qualify } from "./participant";

// a fake microphone (and camera) that the browser grants without a prompt
test.use({
  launchOptions: async ({ launchOptions }, provide) =>
    provide({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
    }),
});

/** Sets the interview's persisted counters, as if that many answers had been given. */
async function setTurns(sessionId: string, phaseTurns: Record<string, number>, phase: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const total = Object.values(phaseTurns).reduce((a, b) => a + b, 0);
    await client.query(
      `UPDATE "Session" SET "phaseTurns" = $2::jsonb, "participantTurns" = $3, "currentPhase" = $4::"InterviewPhase" WHERE "id" = $1`,
      [sessionId, JSON.stringify(phaseTurns), total, phase],
    );
  } finally {
    await client.end();
  }
}

test("screener → interview with streamed answers, a retried failure and a reload → end → completion status", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
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
  const scripted = await page.request.post(`${FAKE_AI_URL}/__control/claude/when`, {
    data: { lastUserIncludes: marker, times: 3, reply: { error: "overloaded" } },
  });
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
  await expect(p.getByRole("heading", { name: "Thanks — your interview is saved" })).toBeVisible();
  await expect(p.getByTestId("thank-you")).toHaveText("Thanks a lot! Your $30 gift card is on its way.");
  await snap(p, testInfo, "completion");

  // the status follows the real pipeline without a reload: the stand-in Inngest server runs
  // process-session; the fake Claude finds the workaround in the second answer
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  const status = p.getByTestId("processing-status");
  await expect(status).toHaveAttribute("data-status", "processed", { timeout: 60_000 });
  await expect(status).toContainText(/The research team now has \d+ insights? from your interview/);
  const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
  expect(run).toMatchObject({ status: "completed", event: { name: "session/completed" } });
  await snap(p, testInfo, "completion-processed");

  // the ended interview's link now leads to the completion page
  const completeUrl = p.url();
  await p.goto(completeUrl.replace("/u/complete/", "/u/interview/"));
  await expect(p).toHaveURL(completeUrl);
  await context.close();
});

test("without recording consent the room is text only; the interview closes and ends itself after the wrap-up", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
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
  await setTurns(
    sessionId,
    { rapport: 4, first_thought: 6, passive_looking: 4, active_looking: 6, deciding: 4, first_use: 8, wrap_up: 2 },
    "wrap_up",
  );
  await answer(p, "No, I think that covers it. Thanks for listening.");
  await expect(p.getByTestId("interview-ended")).toContainText("The interview is complete. Thank you!");
  await expect(p.getByTestId("message").last()).toContainText("The interview is finished");
  await expect(p.getByLabel("Your answer")).toHaveCount(0);
  await snap(p, testInfo, "auto-ended");
  await p.getByRole("button", { name: "Continue" }).click();
  await expect(p).toHaveURL(/\/u\/complete\//);
  // the interviewer's auto-end queues processing like the End button
  await expect(p.getByTestId("processing-status")).toHaveAttribute("data-status", "processed", { timeout: 60_000 });
  const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
  expect(run.status).toBe("completed");
  await context.close();
});

test("the completion page shows a failed analysis with its reason, after the pipeline's retries", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const { url } = await publishScreener(page, "Failed processing");
  const { context, p, sessionId } = await qualify(browser, url, { name: "Cy", record: false });
  // the fake Claude refuses this session's signal extraction every time (the interviewer still answers)
  const marker = `spreadsheets-${Date.now().toString(36)}`;
  const scripted = await page.request.post(`${FAKE_AI_URL}/__control/claude/when`, {
    data: {
      lastUserIncludes: marker,
      systemIncludes: "You analyse Jobs-to-be-Done interviews",
      reply: { error: { status: 500, type: "api_error", message: "The analysis model is down" } },
      times: 50,
    },
  });
  expect(scripted.status()).toBe(204);
  await p.getByRole("button", { name: "Start the interview" }).click();
  await expect(p.getByTestId("message").first()).toContainText("Hi Cy");
  await answer(p, `I mostly use spreadsheets for this (${marker}).`);
  await expect(p.getByTestId("message")).toHaveCount(3);
  await p.getByRole("button", { name: "End interview" }).click();
  await p.getByRole("dialog", { name: "End the interview?" }).getByRole("button", { name: "End interview" }).click();
  await expect(p).toHaveURL(/\/u\/complete\//);

  // three attempts of the extraction step (the harness compresses the minutes between them), then failed
  const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
  expect(run).toMatchObject({ status: "failed", attempts: 3 });
  const status = p.getByTestId("processing-status");
  await expect(status).toHaveAttribute("data-status", "failed");
  await expect(status).toContainText("The automatic analysis did not finish.");
  await expect(status).toContainText("The analysis model is down");
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
