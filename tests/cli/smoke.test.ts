// scripts/smoke.sh against the app: the API's route handlers on a loopback port, Claude faked on
// loopback (the real Anthropic SDK runs), the outbox delivering to a fake Inngest event API. Inngest
// itself is not available here, so when the script has ended the interview the test runs the real
// process-session function (@inngest/test) on the event the outbox delivered, while the script polls.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeAiServer } from "@/tests/fakes/fake-ai-server";
import { startFakeInngest } from "@/tests/fakes/fake-inngest";
import { fakeInterviewerResponder } from "@/tests/fakes/fake-interviewer";
import { analysisResponder } from "@/tests/fakes/analysis-replies";

const ai = await startFakeAiServer();
const inngestApi = await startFakeInngest();
for (const [k, v] of Object.entries({ ...ai.env("test-key"), INNGEST_DEV: inngestApi.url })) vi.stubEnv(k, v);

const { db } = await import("@/lib/db");
const { processSession } = await import("@/inngest/functions/process-session");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createScreener } = await import("@/prisma/factories/research");
const { startAppServer } = await import("./helpers/app-server");

const SCRIPT = path.resolve(import.meta.dirname, "../../scripts/smoke.sh");
let app: Awaited<ReturnType<typeof startAppServer>>;
let owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
let screenerId: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-smoke-"));

beforeAll(async () => {
  app = await startAppServer();
  owner = await createOwnerWithProject(db);
  // the default questions: the first option of each choice qualifies, the number must be ≥ 5
  screenerId = (await createScreener(db, { projectId: owner.project.id, title: "Smoke study", status: "active" })).id;
  ai.claude.use(fakeInterviewerResponder);
  ai.claude.use(
    analysisResponder(
      [
        {
          type: "struggling_moment",
          quote: "the totals never match the bank",
          topic: "Reconciling invoice totals",
          confidence: 0.9,
          intensity: 0.8,
        },
        { type: "workaround", quote: "I retype them into a spreadsheet", topic: "Retyping invoices", confidence: 0.8, intensity: 0.6 },
      ],
      "The participant reconciles invoices by hand every Friday.",
    ),
  );
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.close();
  await ai.close();
  await inngestApi.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function smoke(args: string[], onStdout?: (text: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [SCRIPT, ...args], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmp } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      onStdout?.(stdout);
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const base = () => [
  "--base-url",
  app.url,
  "--project-key",
  owner.publicKey,
  "--screener-id",
  screenerId,
  "--token",
  owner.token,
  "--interval",
  "0.3",
];

/** Waits for the outbox to deliver session/completed for the session, then runs the pipeline on it. */
async function processWhenDelivered(sessionId: string) {
  await vi.waitFor(
    () => expect(inngestApi.received.some((e) => e.name === "session/completed" && e.data.sessionId === sessionId)).toBe(true),
    { timeout: 20_000, interval: 100 },
  );
  const event = inngestApi.received.find((e) => e.name === "session/completed" && e.data.sessionId === sessionId)!;
  const { error } = await new InngestTestEngine({
    function: processSession,
    events: [{ id: event.id, name: event.name, data: event.data }],
  }).execute();
  expect(error).toBeUndefined();
}

describe.concurrent("scripts/smoke.sh", () => {
  it("walks screener → interview → end, then polls until processed and prints the signal count", async () => {
    let processing: Promise<void> | undefined;
    const run = await smoke(base(), (out) => {
      const id = /qualified: session (\S+)/.exec(out)?.[1];
      if (id && out.includes("processing queued") && !processing) processing = processWhenDelivered(id);
    });
    await processing;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("health ok");
    expect(run.stdout).toContain('screener "Smoke study" with 3 questions');
    expect(run.stdout).toMatch(/interview started: "Hi\b.*thanks for joining/);
    expect(run.stdout).toContain("interviewer answered:");
    expect(run.stdout).toContain("processing: processed");
    expect(run.stdout).toContain("SIGNALS=2");
    const sessionId = /SESSION_ID=(\S+)/.exec(run.stdout)![1];
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId }, include: { messages: true, response: true } });
    expect(session).toMatchObject({ status: "completed", processingStatus: "processed", signalCount: 2, participantName: "Smoke Test" });
    expect(session.response).toMatchObject({ qualified: true, utmSource: "smoke" });
    expect(session.messages.map((m) => m.role)).toEqual(["interviewer", "participant", "interviewer"]);
  }, 60_000);

  it("--no-wait-processing stops after the end of the interview", async () => {
    const run = await smoke([...base(), "--no-wait-processing"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("smoke test passed up to the end of the interview");
    const sessionId = /SESSION_ID=(\S+)/.exec(run.stdout)![1];
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("completed");
  }, 60_000);

  it("fails with the reason when processing fails, and when it does not finish in time", async () => {
    let marking: Promise<unknown> | undefined;
    const failed = await smoke([...base(), "--timeout", "30"], (out) => {
      const id = /qualified: session (\S+)/.exec(out)?.[1];
      // what the pipeline does when retries are exhausted (lib/processing/fail-processing-run.ts)
      if (id && out.includes("processing: pending") && !marking) {
        // .then() starts it: Prisma queries are lazy until awaited
        marking = db.session
          .update({
            where: { id },
            data: { processingStatus: "failed", processingError: "Transcription is not configured (OPENAI_API_KEY is missing)" },
          })
          .then(() => undefined);
      }
    });
    await marking;
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("FAIL processing failed: Transcription is not configured (OPENAI_API_KEY is missing)");

    const slow = await smoke([...base(), "--timeout", "1"]);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toContain("FAIL still pending after 1s");
  }, 60_000);

  it("uses --answers (by question text) and fails clearly when they do not qualify or the screener is closed", async () => {
    const answers = path.join(tmp, "answers.json");
    fs.writeFileSync(answers, JSON.stringify({ "What best describes your role?": "Student" }));
    const disqualified = await smoke([...base(), "--answers", `@${answers}`, "--no-wait-processing"]);
    expect(disqualified.code).toBe(1);
    expect(disqualified.stderr).toContain("the answers did not qualify");

    const draft = await createScreener(db, { projectId: owner.project.id, status: "draft" });
    const closed = await smoke([
      "--base-url",
      app.url,
      "--project-key",
      owner.publicKey,
      "--screener-id",
      draft.id,
      "--no-wait-processing",
    ]);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain(
      `screener ${draft.id}: HTTP 404 not_found: Screener not found (is it active? usertests screener get ${draft.id})`,
    );

    const badKey = await smoke([
      "--base-url",
      app.url,
      "--project-key",
      "ut_pub_nope",
      "--screener-id",
      screenerId,
      "--no-wait-processing",
    ]);
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toContain("HTTP 401 unauthorized: Invalid or revoked public key");

    expect((await smoke(["--base-url", app.url])).code).toBe(2);
  }, 60_000);
});
