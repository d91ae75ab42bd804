// A spoken interview (issue #18), end to end in Chromium with a fake microphone: espeak-ng speaks
// three sentences that sox places on one timeline (turn 1, silence, turn 2, silence, then a third
// sentence while the interviewer is still talking), Chromium plays that WAV once as the microphone.
// The room's voice-activity detector cuts the turns, the fake Whisper transcribes them, the fake
// Claude's replies (scripted for this participant) are spoken through the one <audio> element, the
// third sentence interrupts the long second reply (barge-in: playback stops, the rest of the reply is
// never played), a long silence gets one gentle spoken prompt, the participant types a message and
// ends. The researcher's session page holds every turn, spoken and typed, in order.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, FAKE_AI_URL } from "../playwright.config";
import { axeViolations } from "./axe";
import { expect, snap, test } from "./fixtures";
import { answer, endInterview, publishScreener, qualify } from "./participant";

/** What the participant says and when (seconds from the moment the room opens the microphone). */
const TIMELINE = [
  // after the spoken opening (about 2 s of audio) has been played
  { at: 6, text: "I send my invoices every Friday afternoon." },
  // after turn 1's short reply has been spoken (about 3 s of audio) with room to spare on a loaded machine
  { at: 21, text: "Last month the export to the accounting tool failed again." },
  // the second reply is long (five sentences, about 20 s of audio): this lands in the middle of it
  { at: 37, text: "Sorry, can I add something important here?" },
];

/** The interviewer's replies for this participant, in order (the fake Claude answers by a match on the system prompt). */
const OPENING = "Hi! Thanks for talking with me today. Tell me about the last time you sent an invoice.";
const REPLY_1 = "Thanks, that helps. What happened next?";
const LONG_REPLY_SENTENCES = [
  "Zephyr one, that sounds like a lot of work for a single afternoon.",
  "Zephyr two, the export had to be repaired by hand every month.",
  "Zephyr three, the accountant then called you to ask what went wrong.",
  "Zephyr four, and most of your Friday was gone before you noticed.",
  "Zephyr five, so what would have made that afternoon shorter for you?",
];
const REPLY_3 = "Of course, go ahead. What did you want to add?";
const REPLY_4 = "Thank you, that is really helpful to hear.";
const TYPED = "I would like the export to split the VAT rates into separate columns.";

/** espeak-ng speaks each sentence; sox pads and joins them into one mono WAV at espeak's 22.05 kHz. */
function buildMicrophoneWav(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const parts: string[] = [];
  let cursor = 0;
  TIMELINE.forEach((turn, i) => {
    const spoken = path.join(dir, `turn-${i}.wav`);
    execFileSync("espeak-ng", ["-s", "150", "-w", spoken, turn.text]);
    const gap = turn.at - cursor;
    expect(gap, `turn ${i} starts before the previous one ended`).toBeGreaterThan(0.5);
    const silence = path.join(dir, `silence-${i}.wav`);
    execFileSync("sox", ["-n", "-r", "22050", "-c", "1", "-b", "16", silence, "trim", "0", gap.toFixed(3)]);
    parts.push(silence, spoken);
    cursor = turn.at + Number(execFileSync("soxi", ["-D", spoken], { encoding: "utf8" }).trim());
  });
  const out = path.join(dir, "microphone.wav");
  execFileSync("sox", [...parts, out]);
  return out;
}

type AudioLog = { type: string; caption: string; at: number }[];

/** Every media event of the room's <audio> element with the caption on screen at that moment (media events do not bubble: captured on the document). */
function recordAudioEvents() {
  const log: { type: string; caption: string; at: number }[] = [];
  (window as unknown as { __voiceAudio: typeof log }).__voiceAudio = log;
  for (const type of ["playing", "pause", "emptied", "ended"])
    document.addEventListener(
      type,
      (e) => {
        if ((e.target as HTMLElement).dataset?.testid !== "voice-audio") return;
        const caption = document.querySelector('[data-testid="caption-interviewer"]')?.textContent ?? "";
        log.push({ type, caption, at: performance.now() });
      },
      true,
    );
}

/**
 * axe on the voice room, less one known finding outside the voice panel: the conversation log
 * (components/interview/chat-log.tsx) scrolls without being focusable once it overflows, in text
 * mode too — reported to its owner; everything else must pass.
 */

const audioLog = (p: Page) => p.evaluate(() => (window as unknown as { __voiceAudio: AudioLog }).__voiceAudio);
const played = async (p: Page, includes: string) => (await audioLog(p)).filter((e) => e.type === "playing" && e.caption.includes(includes));

test("a spoken interview: two turns answered aloud, a barge-in, a typed message, the transcript in order", async ({
  page,
  user: _owner,
}, testInfo) => {
  test.setTimeout(180_000);
  const wav = buildMicrophoneWav(testInfo.outputPath("voice"));

  // the researcher publishes a screener whose interviews are spoken
  const { project, url } = await publishScreener(page, "Voice interviews");
  const screenerId = new URL(url, "http://x").pathname.split("/").pop()!;
  const patched = await page.request.patch(`/api/v1/projects/${project.id}/screeners/${screenerId}`, { data: { interviewMode: "voice" } });
  expect(patched.status()).toBe(200);

  // the fake Claude answers this participant (named in the system prompt) with the replies above, in order
  const name = `Vera Stimme ${Date.now()}`;
  for (const reply of [OPENING, REPLY_1, LONG_REPLY_SENTENCES.join(" "), REPLY_3, REPLY_4]) {
    const scripted = await page.request.post(`${FAKE_AI_URL}/__control/claude/when`, {
      data: { systemIncludes: `Participant's name: ${name}`, times: 1, reply },
    });
    expect(scripted.status()).toBe(204);
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      // played once from when the room opens the microphone, then silence
      `--use-file-for-fake-audio-capture=${path.resolve(wav)}%noloop`,
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
  try {
    // without recording consent: voice still works, the audio is not stored
    const { context, p, sessionId } = await qualify(browser, url, { name, record: false });
    await p.addInitScript(recordAudioEvents);
    await p.reload();

    // the lobby explains the spoken conversation and tests the speaker
    const lobby = p.getByTestId("interview-lobby");
    await expect(lobby.getByTestId("voice-lobby")).toContainText("you talk with the interviewer and it answers aloud");
    await expect(lobby.getByTestId("voice-not-recorded")).toContainText("the audio is not stored");
    await lobby.getByRole("button", { name: "Play test sound" }).click();
    await lobby.getByRole("button", { name: "I heard it" }).click();
    await expect(lobby.getByTestId("voice-speaker-check")).toHaveText(/Sound works/);
    await snap(p, testInfo, "voice-lobby");
    await lobby.getByRole("button", { name: "Start the interview" }).click();

    const room = p.getByTestId("interview-room");
    const messages = room.getByTestId("message");
    const yours = room.locator('[data-testid="message"][data-role="participant"]');
    const state = room.getByTestId("voice-state");
    await expect(messages.first()).toHaveText(`Interviewer: ${OPENING}`);
    await expect(state).toHaveAttribute("data-state", "listening", { timeout: 15_000 });
    await expect(state).toHaveText("Listening");
    // without recording consent the badge says the conversation is spoken but not stored (not "text only")
    await expect(room.getByText("Voice · not recorded")).toBeVisible();
    // the opening itself was spoken (the start answer carries its speech), before anyone said a word
    await expect.poll(async () => (await played(p, "Tell me about the last time")).length, { timeout: 15_000 }).toBe(1);

    // turn 1: heard, transcribed (caption), answered aloud
    const caption = room.getByTestId("caption-you");
    await expect(yours).toHaveCount(1, { timeout: 30_000 });
    await expect(caption).not.toBeEmpty();
    const turn1 = (await yours.first().textContent())!.replace(/^You: /, "");
    await expect(caption).toContainText(turn1);
    await expect.poll(async () => (await played(p, "What happened next?")).length, { timeout: 20_000 }).toBe(1);
    await expect(messages.nth(2)).toHaveText(`Interviewer: ${REPLY_1}`);
    expect(await p.getByTestId("voice-audio").evaluate((a: HTMLAudioElement) => a.played.length)).toBeGreaterThan(0);

    // turn 2: the long reply starts speaking…
    await expect(yours).toHaveCount(2, { timeout: 30_000 });
    const turn2 = (await yours.nth(1).textContent())!.replace(/^You: /, "");
    await expect(state).toHaveAttribute("data-state", "speaking", { timeout: 20_000 });
    await expect(room.getByTestId("caption-interviewer")).toContainText("Zephyr");
    await snap(p, testInfo, "voice-room-1280");
    expect(await axeViolations(p)).toEqual([]);
    await p.setViewportSize({ width: 375, height: 812 });
    await snap(p, testInfo, "voice-room-375");
    expect(await axeViolations(p)).toEqual([]);
    await p.setViewportSize({ width: 1280, height: 800 });

    // …and the participant speaks over it: playback stops, the rest of the reply is never played
    const audio = p.getByTestId("voice-audio");
    await expect(audio).toHaveAttribute("data-interruptions", "1", { timeout: 30_000 });
    await expect(yours).toHaveCount(3, { timeout: 30_000 });
    const turn3 = (await yours.nth(2).textContent())!.replace(/^You: /, "");
    await expect.poll(async () => (await played(p, "What did you want to add?")).length, { timeout: 20_000 }).toBe(1);
    const log = await audioLog(p);
    const zephyrPlays = log.filter((e) => e.type === "playing" && e.caption.includes("Zephyr"));
    expect(zephyrPlays.length).toBeGreaterThan(0);
    expect(zephyrPlays.length).toBeLessThan(LONG_REPLY_SENTENCES.length);
    expect(log.some((e) => e.type === "playing" && e.caption.includes("Zephyr five"))).toBe(false);
    // the sentence playing when she spoke was stopped mid-way (its source emptied, never ended; the
    // element's load() drops the queued pause event), and the next thing played was the answer to the interruption
    const interrupted = log.indexOf(zephyrPlays[zephyrPlays.length - 1]);
    const nextPlay = log.findIndex((e, i) => i > interrupted && e.type === "playing");
    const between = log.slice(interrupted + 1, nextPlay).map((e) => e.type);
    expect(between).toContain("emptied");
    expect(between).not.toContain("ended");
    expect(log[nextPlay].caption).toMatch(/go ahead|want to add/);
    testInfo.annotations.push({
      type: "audio",
      description: `${log.filter((e) => e.type === "playing").length} sentences played, ${zephyrPlays.length} of ${LONG_REPLY_SENTENCES.length} before the barge-in; ${log.map((e) => `${Math.round(e.at)} ${e.type} ${e.caption}`).join(" | ")}`,
    });

    // then she stays silent: after 20 s of listening, one gentle prompt, shown and spoken
    const notice = room.getByTestId("voice-notice");
    await expect(notice).toBeVisible({ timeout: 35_000 });
    const prompt = (await notice.textContent())!.trim();
    expect(prompt).not.toBe("");
    await expect.poll(async () => (await played(p, prompt)).length, { timeout: 15_000 }).toBe(1);

    // Pause mutes the microphone and says so; Resume listens again
    await room.getByRole("button", { name: "Pause" }).click();
    await expect(state).toHaveAttribute("data-state", "paused");
    await expect(state).toHaveText("Paused");
    await room.getByRole("button", { name: "Resume" }).click();
    await expect(state).toHaveAttribute("data-state", "listening");

    // she switches to typing: the text box, the same transcript, and the way back to talking
    await room.getByRole("button", { name: "Type instead" }).click();
    await expect(room.getByTestId("voice-panel")).toHaveCount(0);
    await expect(room.getByTestId("talk-instead")).toBeVisible();
    const before = await messages.count();
    await answer(p, TYPED);
    await expect(messages).toHaveCount(before + 2);
    await expect(messages.last()).toHaveText(`Interviewer: ${REPLY_4}`);
    await endInterview(p);
    await context.close();

    // the researcher's session page: every turn, spoken and typed, in order
    await page.goto(`/projects/${project.id}/sessions/${sessionId}`);
    const lines = page.getByTestId("transcript-line");
    await expect(lines.filter({ hasText: REPLY_4 })).toHaveCount(1, { timeout: 30_000 });
    const texts = await lines.allTextContents();
    const expected = [OPENING, turn1, REPLY_1, turn2, LONG_REPLY_SENTENCES[0], turn3, REPLY_3, TYPED, REPLY_4];
    let at = -1;
    for (const text of expected) {
      const found = texts.findIndex((line, i) => i > at && line.includes(text));
      expect(found, `"${text}" after line ${at} in:\n${texts.join("\n")}`).toBeGreaterThan(at);
      at = found;
    }
    await snap(page, testInfo, "voice-session");
  } finally {
    await browser.close();
  }
});
