// Real speech, end to end: espeak-ng speaks a WAV that Chromium plays as the participant's
// microphone; the participant answers the screener with recording consent and talks to the
// interviewer while the SDK records and uploads; the interview ends, process-session runs through
// the stand-in Inngest server (the fake Whisper transcribes), and the researcher sees the transcript,
// signals and tasks appear without a reload. The stored audio is downloaded through the media API
// the session page's player uses, decoded with ffmpeg, and must last as long as the WAV (±10 %).
import fs from "node:fs";
import { CHROMIUM_ARGS } from "../playwright.config";
import { expect, snap, test } from "./fixtures";
import { sessionRuns, waitForRuns } from "./inngest-runs";
import { answerAll, publishScreener, qualify } from "./participant";
import { decodeRecording, launchWithSpokenMicrophone, speakToWav } from "./speech";

const SPEECH =
  "I run the books for a small design studio. Every month the export to our accounting tool breaks, " +
  "because the file mixes every VAT rate in one column. So I open it in a spreadsheet and split the column by hand, " +
  "which takes me most of a Friday afternoon. What I really want is a file my accountant can import the first time, " +
  "without calling me to ask what went wrong.";

type Segment = { index: number; url: string; startMs: number; durationMs: number | null };

test("a spoken interview is recorded, uploaded, processed and decodes to the length of the speech", async ({
  page,
  user: _owner,
}, testInfo) => {
  test.setTimeout(180_000);
  const wav = testInfo.outputPath("speech.wav");
  const speechSeconds = speakToWav(wav, SPEECH);
  expect(speechSeconds).toBeGreaterThan(15);

  const { project, url } = await publishScreener(page, "Spoken interview");
  const browser = await launchWithSpokenMicrophone(wav, CHROMIUM_ARGS);
  try {
    const { context, p, sessionId } = await qualify(browser, url, { name: "Lena Vogel", record: true });
    const lobby = p.getByTestId("interview-lobby");
    await lobby.getByLabel("Share my screen too").uncheck();
    await lobby.getByRole("button", { name: "Start the interview" }).click();
    // checked every animation frame: the recording's length is measured from this moment
    await p.waitForFunction(
      () => document.querySelector('[data-testid="recording-status"]')?.getAttribute("data-state") === "recording",
      null,
      { polling: "raf", timeout: 20_000 },
    );
    const recordingFrom = Date.now();
    await expect(p.getByTestId("message").first()).toContainText("Hi Lena Vogel");
    // she types while she talks; the microphone plays the speech once, from the recorder's start
    await answerAll(p, ["Every month the export to our accounting tool breaks and I fix it by hand."]);
    // she asks to end early and confirms when she has finished speaking: this wait is the speech, not a race
    await p.getByTestId("interview-room").getByRole("button", { name: "End interview" }).click();
    const confirm = p.getByRole("dialog", { name: "End the interview?" }).getByRole("button", { name: "End interview" });
    await expect(confirm).toBeVisible();
    const left = speechSeconds * 1000 - (Date.now() - recordingFrom);
    if (left > 0) await p.waitForTimeout(left);
    await confirm.click();
    await expect(p).toHaveURL(/\/u\/complete\/[^/?]+\?key=ut_pub_/);
    await snap(p, testInfo, "speech-completion");
    await context.close();

    // the researcher's session page fills in without a reload: spoken transcript, signals, tasks
    await page.goto(`/projects/${project.id}/sessions/${sessionId}`);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const header = page.getByRole("heading", { level: 1, name: "Lena Vogel" }).locator("xpath=..");
    await expect(header.getByText(/^processed$/)).toBeVisible({ timeout: 90_000 });
    const [run] = await waitForRuns("process-session", sessionRuns(sessionId));
    expect(run.status).toBe("completed");
    expect(run.steps.map((s) => s.name)).toContain("transcribe-0");
    await expect(page.getByTestId("transcript-line").filter({ hasText: "offline demo transcript" }).first()).toBeVisible();
    const signal = page.getByTestId("session-signal").filter({ hasText: "accounting tool breaks" });
    await expect(signal).toHaveCount(1);
    await expect(signal).toContainText("→ ");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await snap(page, testInfo, "speech-session");

    // the stored audio, through the player's API: every segment decodes; together they last as long as the speech
    const listed = await page.request.get(`/api/v1/projects/${project.id}/sessions/${sessionId}/media/audio`);
    expect(listed.status()).toBe(200);
    const { segments } = (await listed.json()) as { segments: Segment[] };
    expect(segments.length).toBeGreaterThan(0);
    let seconds = 0;
    let loudest = -Infinity;
    for (const segment of segments) {
      const res = await page.request.get(segment.url);
      expect(res.status(), segment.url).toBe(200);
      const file = testInfo.outputPath(`audio-${segment.index}.webm`);
      fs.writeFileSync(file, await res.body());
      const decoded = decodeRecording(file);
      seconds += decoded.seconds;
      loudest = Math.max(loudest, decoded.meanVolumeDb);
    }
    testInfo.annotations.push({
      type: "audio",
      description: `${segments.length} segments, ${seconds.toFixed(2)} s decoded for ${speechSeconds.toFixed(2)} s of speech; loudest mean ${loudest} dB`,
    });
    expect(
      Math.abs(seconds - speechSeconds) / speechSeconds,
      `${seconds.toFixed(2)} s recorded for ${speechSeconds.toFixed(2)} s of speech`,
    ).toBeLessThanOrEqual(0.1);
    // the speech itself is there, not silence (espeak's WAV is about −20 dB; digital silence is −91 dB)
    expect(loudest).toBeGreaterThan(-45);
  } finally {
    await browser.close();
  }
});
