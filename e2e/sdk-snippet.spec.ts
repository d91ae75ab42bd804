// Journey: the recording snippet on a customer's own site. A plain HTML page served from another
// origin embeds <script src="http://127.0.0.1:3100/sdk.js" data-project-key=…> (the app under test); the participant
// starts recording (Chromium's fake microphone), clicks, types, scrolls and navigates; the events
// and the audio (one recorder run per minute, uploaded as 5-second pieces: ADR 010) reaches the
// server. A page on an origin the project does not allow is refused.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import type { UserTestsApi } from "../packages/sdk/src/types";
import config from "../playwright.config";
import { expect, test } from "./fixtures";

// the app under test (http://127.0.0.1:3100 unless E2E_PORT says otherwise)
const APP = String(config.use?.baseURL);
// scripts/e2e-server.ts runs the app with DATA_DIR=.data/e2e (local-disk media storage)
const MEDIA_ROOT = path.resolve(".data/e2e/media");

type Sdk = { UserTests: UserTestsApi };

// a fake microphone (a beeping tone) that needs no permission prompt, on top of the suite's flags
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

function sitePage(key: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme shop</title></head>
<body style="min-height: 3000px">
  <script>
    window.__log = { states: [], errors: [], gaps: [] };
    function boot() {
      UserTests.on("state", (d) => __log.states.push(d));
      UserTests.on("error", (d) => __log.errors.push(d));
      UserTests.on("gap", (d) => __log.gaps.push(d));
      UserTests.init({ consent: { recording: true, analytics: true } }).then(
        () => (document.body.dataset.ready = "yes"),
        (e) => (document.body.dataset.ready = "failed: " + e.message),
      );
    }
    if (window.UserTests) boot(); else addEventListener("usertests:ready", boot);
    function record() {
      UserTests.start({ audio: true, screen: new URLSearchParams(location.search).has("screen") }).then(
        (r) => (document.getElementById("status").textContent = "Recording " + r.sessionId),
        (e) => (document.getElementById("status").textContent = "Refused: " + e.message),
      );
    }
  </script>
  <script src="${APP}/sdk.js" data-project-key="${key}" async></script>
  <main>
    <h1>Checkout</h1>
    <button id="record" onclick="record()">Start recording</button>
    <p id="status" role="status"></p>
    <form id="checkout" onsubmit="return false">
      <label>Email <input name="email" type="email"></label>
      <button class="buy" type="button">Add to cart</button>
    </form>
    <section data-ut-mask><button type="button">Card 4242 4242</button></section>
    <section data-ut-block><button type="button">Secret admin</button></section>
    <a href="/plans?coupon=SECRET" onclick="history.pushState({}, '', '/plans?coupon=SECRET'); return false">See plans</a>
    <a href="#faq">FAQ</a>
  </main>
</body>
</html>`;
}

/** A tiny web server on a free loopback port: the "customer's site", another origin than the app. */
async function startSite() {
  const keys: Record<string, string> = {}; // path → the public key its page embeds
  const server = http.createServer((req, res) => {
    const key = keys[new URL(req.url ?? "/", "http://x").pathname];
    if (!key) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(sitePage(key));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, keys, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function projectWithKey(request: APIRequestContext, name: string, allowedOrigins: string[]) {
  const created = await request.post("/api/v1/projects", { data: { name, allowedOrigins } });
  expect(created.status()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  const keys = (await (await request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  return { projectId: project.id, key: keys.publicKey.value };
}

interface Detail {
  status: string;
  events: { type: string; url: string | null; data: Record<string, unknown> }[];
  chunks: {
    kind: string;
    chunkIndex: number;
    sizeBytes: number;
    mimeType: string;
    startOffsetMs: number | null;
    durationMs: number | null;
    spanStartIndex: number | null;
  }[];
}

async function sessionDetail(request: APIRequestContext, projectId: string, sessionId: string): Promise<Detail> {
  const res = await request.get(`/api/v1/projects/${projectId}/sessions/${sessionId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { session: Detail }).session;
}

/** Decodes audio bytes with the browser's own decoder: a chunk that lacks its headers fails here. */
async function decodedSeconds(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const context = new OfflineAudioContext(1, 1, 48_000);
    const audio = await context.decodeAudioData(data.buffer);
    return audio.duration;
  }, bytes.toString("base64"));
}

/** Decodes the first frame of a WebM video with the browser's decoder; answers its size. */
async function decodedFrame(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const video = document.createElement("video");
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([data], { type: "video/webm" }));
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error(`cannot decode: ${video.error?.message}`));
    });
    return { width: video.videoWidth, height: video.videoHeight };
  }, bytes.toString("base64"));
}

const chunkFile = (projectId: string, sessionId: string, kind: string, index: number) =>
  path.join(MEDIA_ROOT, "projects", projectId, "sessions", sessionId, kind, `${String(index).padStart(6, "0")}.webm`);

type Log = {
  states: { state: string; pendingChunks: number; sessionId: string | null }[];
  errors: unknown[];
  gaps: { kind: string; fromIndex: number; reason: string }[];
};
const log = (p: Page) => p.evaluate(() => (window as unknown as { __log: Log }).__log);
const pendingChunks = async (p: Page) => (await log(p)).states.at(-1)?.pendingChunks ?? 0;

test("a customer page records audio, screen and interactions into a session; a foreign origin is refused", async ({
  page,
  user: _owner,
}) => {
  test.setTimeout(90_000);
  const site = await startSite();
  try {
    const allowed = await projectWithKey(page.request, "Shop recordings", [site.origin]);
    const elsewhere = await projectWithKey(page.request, "Other shop", ["https://shop.elsewhere.example"]);
    site.keys["/"] = allowed.key;
    site.keys["/foreign"] = elsewhere.key;
    // ── the participant on the customer's site ──
    const participant = await page.context().newPage();
    await participant.goto(site.origin + "/?screen");
    await expect(participant.locator("body")).toHaveAttribute("data-ready", "yes");
    await participant.getByRole("button", { name: "Start recording" }).click();
    await expect(participant.getByRole("status")).toHaveText(/^Recording \S+$/);
    const sessionId = (await participant.getByRole("status").textContent())!.replace("Recording ", "");

    await participant.getByLabel("Email").fill("ada@example.com");
    await participant.getByLabel("Email").blur();
    await participant.getByRole("button", { name: "Add to cart" }).click();
    await participant.getByRole("button", { name: "Card 4242 4242" }).click();
    await participant.getByRole("button", { name: "Secret admin" }).click();
    await participant.getByRole("link", { name: "See plans" }).click();
    await expect(participant).toHaveURL(/\/plans\?coupon=SECRET$/);
    await participant.getByRole("link", { name: "FAQ" }).click();
    await participant.mouse.wheel(0, 1200);
    await participant.evaluate(() => (window as unknown as Sdk).UserTests.marker("checkout_viewed", { step: 2 }));

    // two 5-second audio segments and a 10-second screen segment uploaded while recording goes on
    await expect
      .poll(
        async () => {
          const { chunks } = await sessionDetail(page.request, allowed.projectId, sessionId);
          return { audio: chunks.filter((c) => c.kind === "audio").length >= 2, screen: chunks.some((c) => c.kind === "screen") };
        },
        { timeout: 30_000, intervals: [1000] },
      )
      .toEqual({ audio: true, screen: true });

    await participant.evaluate(() => (window as unknown as Sdk).UserTests.end());
    const detail = await sessionDetail(page.request, allowed.projectId, sessionId);
    expect(detail.status).toBe("completed");

    // ── events: what happened, with the privacy rules applied ──
    const byType = (type: string) => detail.events.filter((e) => e.type === type);
    expect(byType("navigation").map((e) => e.data.kind)).toEqual(expect.arrayContaining(["load", "push", "hash"]));
    const push = byType("navigation").find((e) => e.data.kind === "push")!;
    expect(push.data.to).toBe(`${site.origin}/plans`); // no query string: it may carry secrets
    const clicks = byType("click");
    expect(clicks.find((e) => e.data.text === "Add to cart")?.data).toMatchObject({
      selector: "form#checkout > button.buy",
      tag: "button",
    });
    expect(clicks.map((e) => e.data.text)).toContain("**** **** ****"); // data-ut-mask
    expect(JSON.stringify(detail.events)).not.toContain("Secret admin"); // data-ut-block
    expect(JSON.stringify(detail.events)).not.toContain("4242");
    const input = byType("input_change");
    expect(input).toHaveLength(1);
    expect(input[0].data).toEqual({ selector: "form#checkout > label > input", tag: "input", inputType: "email", name: "email" });
    expect(JSON.stringify(detail.events)).not.toContain("ada@example.com");
    expect(JSON.stringify(detail.events)).not.toContain("SECRET");
    expect(byType("scroll").length).toBeGreaterThanOrEqual(1);
    expect(byType("marker")[0].data).toEqual({ name: "checkout_viewed", step: 2 });

    // ── audio: one span (ADR 010) — 5-second pieces of one recorder run, numbered without holes;
    // only the first carries the WebM header, and the player's media API serves them joined ──
    const audio = detail.chunks.filter((c) => c.kind === "audio");
    expect(audio.map((c) => c.chunkIndex)).toEqual(audio.map((_, i) => i));
    expect(audio.map((c) => c.spanStartIndex)).toEqual(audio.map(() => 0));
    for (const chunk of audio) {
      expect(chunk.mimeType).toMatch(/^audio\/webm/);
      expect(chunk.sizeBytes).toBeGreaterThan(0);
    }
    expect(audio[0].sizeBytes).toBeGreaterThan(1000);
    expect(audio[1].startOffsetMs!).toBeGreaterThan(audio[0].startOffsetMs!);
    const pieces = audio.map((c) => fs.readFileSync(chunkFile(allowed.projectId, sessionId, "audio", c.chunkIndex)));
    pieces.forEach((bytes, i) => expect(bytes.length).toBe(audio[i].sizeBytes));
    expect(pieces[0].subarray(0, 4).toString("hex")).toBe("1a45dfa3"); // EBML magic
    expect(pieces[1].subarray(0, 4).toString("hex")).not.toBe("1a45dfa3"); // a continuation
    const listed = (await (await page.request.get(`/api/v1/projects/${allowed.projectId}/sessions/${sessionId}/media/audio`)).json()) as {
      segments: { index: number; url: string }[];
    };
    expect(listed.segments.map((s) => s.index)).toEqual([0]);
    const joined = await (await page.request.get(listed.segments[0].url)).body();
    expect(joined.equals(Buffer.concat(pieces))).toBe(true);
    expect(await decodedSeconds(participant, joined)).toBeGreaterThan(8); // at least two 5-second pieces
    // ── screen: a WebM video segment whose first frame decodes ──
    const screen = detail.chunks.filter((c) => c.kind === "screen");
    expect(screen[0]).toMatchObject({ chunkIndex: 0, mimeType: expect.stringMatching(/^video\/webm/) });
    const video = fs.readFileSync(chunkFile(allowed.projectId, sessionId, "screen", 0));
    expect(video.subarray(0, 4).toString("hex")).toBe("1a45dfa3");
    expect((await decodedFrame(participant, video)).width).toBeGreaterThan(0);
    expect(await log(participant)).toMatchObject({ errors: [], gaps: [] });

    // ── the same snippet on an origin the project does not list ──
    const stranger = await page.context().newPage();
    await stranger.goto(site.origin + "/foreign");
    await expect(stranger.locator("body")).toHaveAttribute("data-ready", "yes");
    await stranger.getByRole("button", { name: "Start recording" }).click();
    await expect(stranger.getByRole("status")).toContainText(
      `Refused: UserTests: creating a session failed (403): Origin ${site.origin} is not allowed`,
    );
    const sessions = (await (await page.request.get(`/api/v1/projects/${elsewhere.projectId}/sessions`)).json()) as { sessions: unknown[] };
    expect(sessions.sessions).toHaveLength(0);
  } finally {
    await site.close();
  }
});

test("chunks that cannot be uploaded wait in IndexedDB and are uploaded after a reload, in the same session", async ({
  page,
  user: _owner,
}) => {
  test.setTimeout(90_000);
  const site = await startSite();
  try {
    const { projectId, key } = await projectWithKey(page.request, "Offline shop", [site.origin]);
    site.keys["/"] = key;
    const participant = await page.context().newPage();
    // the network drops every chunk upload
    await participant.route("**/chunks/**", (route) => route.abort("internetdisconnected"));
    await participant.goto(site.origin + "/");
    await expect(participant.locator("body")).toHaveAttribute("data-ready", "yes");
    await participant.getByRole("button", { name: "Start recording" }).click();
    await expect(participant.getByRole("status")).toHaveText(/^Recording \S+$/);
    const sessionId = (await participant.getByRole("status").textContent())!.replace("Recording ", "");
    await expect.poll(() => pendingChunks(participant), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    expect((await sessionDetail(page.request, projectId, sessionId)).chunks).toHaveLength(0);

    // back online, the participant reloads: the new page uploads what the old one kept
    await participant.unroute("**/chunks/**");
    await participant.reload();
    await expect(participant.locator("body")).toHaveAttribute("data-ready", "yes");
    await expect
      .poll(async () => (await sessionDetail(page.request, projectId, sessionId)).chunks.map((c) => c.chunkIndex), { timeout: 20_000 })
      .toContain(0);
    const first = fs.readFileSync(chunkFile(projectId, sessionId, "audio", 0));
    expect(await decodedSeconds(participant, first)).toBeGreaterThan(3);

    // recording again continues the same session (the tab remembers it) with new chunk numbers, in a
    // new span (a reload ends one): its first 5-second piece arrives while recording goes on
    await participant.getByRole("button", { name: "Start recording" }).click();
    await expect(participant.getByRole("status")).toHaveText(`Recording ${sessionId}`);
    const before = (await sessionDetail(page.request, projectId, sessionId)).chunks.length;
    await expect
      .poll(async () => (await sessionDetail(page.request, projectId, sessionId)).chunks.length, { timeout: 20_000 })
      .toBeGreaterThan(before);
    await participant.evaluate(() => (window as unknown as Sdk).UserTests.stop());
    const after = (await sessionDetail(page.request, projectId, sessionId)).chunks;
    const indexes = after.map((c) => c.chunkIndex);
    expect(new Set(indexes).size).toBe(indexes.length);
    const firstNew = after.filter((c) => c.kind === "audio").sort((a, b) => a.chunkIndex - b.chunkIndex)[before];
    expect(firstNew.spanStartIndex).toBe(firstNew.chunkIndex);
    expect(await pendingChunks(participant)).toBe(0);
  } finally {
    await site.close();
  }
});

test("a chunk the server refuses for good is reported as a gap, not dropped silently", async ({ page, user: _owner }) => {
  test.setTimeout(90_000);
  const site = await startSite();
  try {
    const { projectId, key } = await projectWithKey(page.request, "Gap shop", [site.origin]);
    site.keys["/"] = key;
    const participant = await page.context().newPage();
    await participant.route("**/chunks/**", (route) => route.abort("internetdisconnected"));
    await participant.goto(site.origin + "/");
    await expect(participant.locator("body")).toHaveAttribute("data-ready", "yes");
    await participant.getByRole("button", { name: "Start recording" }).click();
    await expect(participant.getByRole("status")).toHaveText(/^Recording \S+$/);
    const sessionId = (await participant.getByRole("status").textContent())!.replace("Recording ", "");
    await expect.poll(() => pendingChunks(participant), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);

    // meanwhile the session is ended elsewhere (say, the interview ended itself): its chunks now get 409
    const ended = await page.request.post(`/api/sdk/sessions/${sessionId}/end?key=${key}`);
    expect(ended.status()).toBe(200);
    await participant.unroute("**/chunks/**");

    await expect.poll(async () => (await log(participant)).gaps.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect((await log(participant)).gaps[0]).toMatchObject({ kind: "audio", fromIndex: 0, reason: "session_ended" });
    // the SDK stops recording into a session that is over, and says so
    await expect.poll(async () => (await log(participant)).states.at(-1)).toMatchObject({ state: "ended", audio: false });
    expect((await log(participant)).errors).toContainEqual(expect.objectContaining({ code: "session_ended" }));
    await expect
      .poll(async () => {
        const res = await page.request.get(`/api/v1/projects/${projectId}/sessions/${sessionId}`);
        const { session } = (await res.json()) as { session: { activity: { kind: string; data: Record<string, unknown> }[] } };
        return session.activity.filter((a) => a.kind === "recording_gap").map((a) => a.data);
      })
      .toContainEqual({ kind: "audio", fromIndex: 0, toIndex: 0, reason: "session_ended" });
    expect((await sessionDetail(page.request, projectId, sessionId)).chunks).toHaveLength(0);
  } finally {
    await site.close();
  }
});
