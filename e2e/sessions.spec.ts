// Sessions journey: find a session in the list with filters, open it, play its audio and watch the
// transcript highlight move, click a signal on the timeline and see the player seek there. A viewer
// sees the same page without edit controls. A member reprocesses a session through the real
// process-session function (run by the stand-in Inngest server) and deletes it.
import type { Page } from "@playwright/test";
import { createProjectViaApi, expect, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";
import { waitForRuns } from "./inngest-runs";
import { addProjectMember, addScreenRecording, LINE_OFFSETS_MS, SEGMENT_MS, SIGNALS, seedRecordedSession } from "./research-data";

/** The audio element's state: which segment is loaded and where in it the playhead is. */
function audioState(page: Page) {
  return page
    .getByTestId("session-audio")
    .evaluate((el: HTMLAudioElement) => ({ src: el.currentSrc, currentTime: el.currentTime, paused: el.paused }));
}

const activeLine = (page: Page) => page.locator('[data-testid="transcript-line"][aria-current="true"]');

test("open a session from the filtered list, play it with the transcript following, seek from a signal", async ({
  page,
  user: _owner,
}, testInfo) => {
  test.setTimeout(90_000); // a long journey on a shared machine
  const project = await createProjectViaApi(page, "Replay journey");
  const seeded = await seedRecordedSession(project.id);
  await seedRecordedSession(project.id, "Eli Park");

  await page.goto(`/projects/${project.id}/sessions`);
  await expect(page.getByRole("table", { name: "Sessions" }).getByRole("row")).toHaveCount(3); // header + 2
  await page.getByLabel("Participant").fill("ortiz");
  await page.getByLabel("Participant").press("Enter");
  await expect(page).toHaveURL(/q=ortiz/);
  await expect(page.getByRole("table", { name: "Sessions" }).getByRole("row")).toHaveCount(2);
  await page.getByLabel("Processing").selectOption("processed");
  await expect(page).toHaveURL(/processingStatus=processed/);
  await expect(page.getByRole("link", { name: seeded.participant })).toBeVisible();
  await snap(page, testInfo, "sessions-list-filtered");

  await page.getByRole("link", { name: seeded.participant }).click();
  await expect(page.getByRole("heading", { level: 1, name: seeded.participant })).toBeVisible();
  await expect(page.getByText("month-end-study")).toBeVisible(); // UTM
  await expect(page.getByText("Finance")).toBeVisible(); // screener answer
  await expect(page.getByRole("link", { name: "Open in Inngest ↗" })).toBeVisible();
  await expect(activeLine(page)).toContainText("What do you use Acme Checkout for?");

  // play at double speed: the highlight leaves the first line and reaches the third (8 s in)
  await page.getByLabel("Speed").selectOption("2");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(activeLine(page)).toContainText("Tell me about the last time you closed a month.", { timeout: 15_000 });
  expect((await audioState(page)).paused).toBe(false);
  await snap(page, testInfo, "session-playing");
  await page.getByRole("button", { name: "Pause" }).click();

  // a signal marker on the timeline seeks the player into the third segment (48 s = segment 2 + 8 s)
  const outcome = SIGNALS.find((s) => s.key === "outcome")!;
  await page.getByTestId("timeline-signal").nth(2).click();
  await expect(page.getByTestId("player")).toHaveAttribute("data-current-ms", String(outcome.offsetMs));
  await expect.poll(async () => (await audioState(page)).src).toMatch(/\/media\/audio\/2$/);
  await expect.poll(async () => Math.round((await audioState(page)).currentTime)).toBe((outcome.offsetMs - 2 * SEGMENT_MS) / 1000);
  await expect(activeLine(page)).toContainText("I want my accountant to import it the first time");
  await expect(page.getByTestId("player-time")).toContainText("0:48");

  // and a transcript line seeks too
  await page.getByTestId("transcript-line").nth(3).click();
  await expect(page.getByTestId("player")).toHaveAttribute("data-current-ms", String(LINE_OFFSETS_MS[3]));
  await expect.poll(async () => (await audioState(page)).src).toMatch(/\/media\/audio\/0$/);
  await expect.poll(async () => Math.round((await audioState(page)).currentTime)).toBe(LINE_OFFSETS_MS[3] / 1000);
  await snap(page, testInfo, "session-after-seek");

  await expect(page.getByRole("button", { name: "Reprocess" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toBeVisible();
});

test("a viewer sees the session and its replay but no reprocess or delete", async ({ page, user: _owner, browser }, testInfo) => {
  const project = await createProjectViaApi(page, "Viewer replay");
  const seeded = await seedRecordedSession(project.id);
  const viewerEmail = uniqueEmail("viewer");
  await addProjectMember(project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  await viewer.goto(`/projects/${project.id}/sessions/${seeded.sessionId}?t=30000`);
  await expect(viewer.getByRole("heading", { level: 1, name: seeded.participant })).toBeVisible();
  await expect(viewer.getByTestId("player")).toHaveAttribute("data-current-ms", "30000");
  await expect(activeLine(viewer)).toContainText("I split the column by hand");
  await expect(viewer.getByRole("button", { name: "Play" })).toBeEnabled();
  // the replay works from the keyboard: J/L move 10 s, K plays and pauses
  await viewer.getByRole("button", { name: "Play" }).focus();
  await viewer.keyboard.press("l");
  await expect(viewer.getByTestId("player")).toHaveAttribute("data-current-ms", "40000");
  await viewer.keyboard.press("j");
  await expect(viewer.getByTestId("player")).toHaveAttribute("data-current-ms", "30000");
  await viewer.keyboard.press("k");
  await expect(viewer.getByTestId("player")).toHaveAttribute("data-playing", "true");
  await viewer.keyboard.press("k");
  await expect(viewer.getByTestId("player")).toHaveAttribute("data-playing", "false");
  await expect(viewer.getByRole("button", { name: "Reprocess" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const refused = await viewer.request.post(`/api/v1/projects/${project.id}/sessions/${seeded.sessionId}/reprocess`);
  expect(refused.status()).toBe(403);
  await snap(viewer, testInfo, "session-as-viewer");
  await context.close();
});

/** A few seconds of screen-like video, recorded in the browser the way the SDK records (MediaRecorder, webm). */
async function recordCanvasVideo(page: Page, ms: number): Promise<Uint8Array> {
  const bytes = await page.evaluate(async (duration) => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 360;
    const ctx = canvas.getContext("2d")!;
    let frame = 0;
    const draw = () => {
      ctx.fillStyle = "#f4f4f5";
      ctx.fillRect(0, 0, 640, 360);
      ctx.fillStyle = "#18181b";
      ctx.fillRect(0, 0, 640, 40);
      ctx.fillStyle = `hsl(${(frame * 12) % 360} 70% 55%)`;
      ctx.fillRect(40 + ((frame * 8) % 480), 120, 120, 120);
      ctx.fillStyle = "#18181b";
      ctx.font = "28px sans-serif";
      ctx.fillText(`Invoices · frame ${frame++}`, 40, 310);
    };
    draw();
    const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: "video/webm" });
    const parts: Blob[] = [];
    recorder.ondataavailable = (e) => parts.push(e.data);
    const timer = setInterval(draw, 66);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, duration));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    return Array.from(new Uint8Array(await new Blob(parts).arrayBuffer()));
  }, ms);
  return new Uint8Array(bytes);
}

test("the screen recording plays in step with the audio", async ({ page, user: _owner }, testInfo) => {
  test.setTimeout(90_000);
  const project = await createProjectViaApi(page, "Screen replay");
  const seeded = await seedRecordedSession(project.id);
  await page.goto(`/projects/${project.id}/sessions`);
  await addScreenRecording(project.id, seeded.sessionId, await recordCanvasVideo(page, 3_000), 3_000);

  await page.goto(`/projects/${project.id}/sessions/${seeded.sessionId}`);
  const video = page.getByLabel("Screen recording");
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((el: HTMLVideoElement) => el.currentSrc)).toMatch(/\/media\/screen\/0$/);
  await page.getByRole("button", { name: "Play" }).click();
  // the muted video follows the audio clock: it plays and its time moves on
  await expect.poll(() => video.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.5);
  await snap(page, testInfo, "session-screen-playing");
  await page.getByRole("button", { name: "Pause" }).click();
  // past the end of the screen recording the player says so
  await page.getByTestId("transcript-line").nth(4).click();
  await expect(page.getByText("No screen recording at this moment")).toBeVisible();
});

test("a member reprocesses a session through the real pipeline, then deletes it after confirming", async ({
  page,
  user: _owner,
}, testInfo) => {
  test.setTimeout(90_000);
  const project = await createProjectViaApi(page, "Session actions");
  const seeded = await seedRecordedSession(project.id, "Eli Novak");
  await page.goto(`/projects/${project.id}/sessions/${seeded.sessionId}`);
  await expect(page.getByTestId("session-signal")).toHaveCount(SIGNALS.length);

  // reprocess: confirmed in a dialog and queued; the stand-in Inngest server runs process-session,
  // which extracts anew from the timeline (the fake Claude's offline responder): the seeded signals
  // are replaced by what the participant's lines show, and the page follows without a reload
  await page.getByRole("button", { name: "Reprocess" }).click();
  const reprocess = page.getByRole("dialog", { name: "Reprocess this session?" });
  await reprocess.getByRole("button", { name: "Reprocess" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Queued for processing" })).toBeVisible();
  const [run] = await waitForRuns("process-session", (r) => r.event.data.sessionId === seeded.sessionId);
  expect(run).toMatchObject({ status: "completed", event: { name: "session/reprocess.requested" } });
  expect(run.steps.map((s) => s.name)).toEqual(
    expect.arrayContaining(["start", "plan-transcription", "analyse", "save-signals", "finish"]),
  );
  const signals = page.getByTestId("session-signal");
  await expect(signals.filter({ hasText: "“I split the column by hand in Excel, every single month”" })).toHaveCount(1);
  await expect(signals.filter({ hasText: "The CSV export mixes every VAT rate in one column" })).toHaveCount(0);
  await expect(page.getByText("Offline demo summary")).toBeVisible();
  await snap(page, testInfo, "session-reprocessed");

  // delete: cancelling keeps it; confirming removes it and returns to the list
  await page.getByRole("button", { name: "Delete" }).click();
  const remove = page.getByRole("dialog", { name: "Delete the session with Eli Novak?" });
  await remove.getByRole("button", { name: "Cancel" }).click();
  await expect(remove).toBeHidden();
  await page.getByRole("button", { name: "Delete" }).click();
  await remove.getByRole("button", { name: "Delete session" }).click();
  await expect(page).toHaveURL(`/projects/${project.id}/sessions`);
  await expect(page.getByText("No sessions yet")).toBeVisible();
  expect((await page.request.get(`/api/v1/projects/${project.id}/sessions/${seeded.sessionId}`)).status()).toBe(404);
});
