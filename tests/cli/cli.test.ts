// The `usertests` CLI against the real app: the API's route handlers served on a loopback port
// (helpers/app-server.ts) over this file's own database, and the CLI run as a child process with its
// own HOME. Covers login and profiles, the config file, the command matrix, --json shapes, the error
// contract on stderr and the exit codes (0 ok, 1 failure, 2 usage, 3 not authenticated, 4 not found).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { db } from "@/lib/db";
import { recomputeTaskPriority } from "@/lib/tasks/recompute-task-priority";
import { addMember, createApiTokenFor, createOwnerWithProject, createSecretKeyFor, createUser } from "@/prisma/factories/identity";
import {
  createInterviewSession,
  createProcessingRun,
  createSession,
  createSessionActivity,
  createSignal,
  createTask,
} from "@/prisma/factories/research";
import { type AppServer, startAppServer } from "./helpers/app-server";
import { type CliRunner, createCliRunner } from "./helpers/run-cli";

let app: AppServer;
let cli: CliRunner;
let owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
let run: CliRunner["run"];

beforeAll(async () => {
  app = await startAppServer();
  cli = await createCliRunner();
  owner = await createOwnerWithProject(db, { email: "owner@cli.test" });
  // the logged-in CLI most tests use: profile "default", default project set
  run = (args, options) => cli.run(args, options);
  const login = await run(["auth", "login", "--token", owner.token, "--base-url", app.url]);
  expect(login.code, login.stderr).toBe(0);
  expect((await run(["project", "use", owner.project.id])).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await app?.close();
  cli?.cleanup();
});

const expectOk = (r: { code: number; stderr: string }) => expect(r.code, r.stderr).toBe(0);

/** A completed session whose processing failed on its last attempt, with its whole history. */
async function failedSession(projectId: string) {
  const { session } = await createInterviewSession(db, {
    projectId,
    participantName: "Ana Lima",
    participantEmail: "ana@example.test",
    processingStatus: "failed",
    processingError: "Claude returned output that does not match the signal schema",
    messages: [
      { role: "interviewer", content: "Tell me about the last time you sent invoices.", phase: "rapport" },
      { role: "participant", content: "Every Friday I export them and the totals never match.", phase: "rapport" },
      { role: "interviewer", content: "What did you do then?", phase: "rapport" },
    ],
    events: [
      { type: "navigation", offsetMs: 1000, url: "/invoices" },
      { type: "click", offsetMs: 2000, url: "/invoices" },
      { type: "click", offsetMs: 3000, url: "/invoices" },
    ],
  });
  await createProcessingRun(db, {
    projectId,
    sessionId: session.id,
    status: "failed",
    attempt: 2,
    error: "Claude returned output that does not match the signal schema",
    inngestRunId: "01INNGESTRUN",
    steps: [
      { name: "transcribe" },
      { name: "build_timeline" },
      { name: "extract_signals", status: "failed", error: "signals.0.quote: not the participant's words" },
    ],
  });
  for (const [kind, message] of [
    ["ended", null],
    ["processing_started", null],
    ["processing_failed", "Claude returned output that does not match the signal schema"],
  ] as const) {
    await createSessionActivity(db, { sessionId: session.id, kind, message });
  }
  return session;
}

/** A processed session with two signals, one of them evidence of a task. */
async function processedSessionWithTask(projectId: string) {
  const session = await createSession(db, { projectId, participantName: "Bo", signalCount: 2, summary: "Bo reconciles invoices by hand." });
  await createProcessingRun(db, { projectId, sessionId: session.id });
  await createSessionActivity(db, { sessionId: session.id, kind: "processed", data: { signalCount: 2 } });
  const linked = await createSignal(db, {
    projectId,
    sessionId: session.id,
    type: "struggling_moment",
    quote: "the totals never match",
    offsetMs: 12_000,
  });
  const loose = await createSignal(db, {
    projectId,
    sessionId: session.id,
    type: "workaround",
    quote: "I retype everything into a spreadsheet",
    offsetMs: 30_000,
  });
  const task = await createTask(db, { projectId, title: "Reconcile exported invoice totals", signalIds: [linked.id] });
  await recomputeTaskPriority(db, { taskId: task.id });
  return { session, linked, loose, task };
}

// Every test makes its own data (or its own HOME when it writes the config), so they run side by side.
describe.concurrent("usertests CLI", () => {
  describe("auth and configuration", () => {
    // browser login (and its absence on older servers) is covered in browser-login.test.ts
    it("refuses commands before login (exit 3) and tokens that are not tokens (exit 2) or not valid (exit 3)", async () => {
      const fresh = await createCliRunner();
      try {
        const list = await fresh.run(["session", "list", "--base-url", app.url, "--project", owner.project.id], { spawn: true });
        expect(list.code).toBe(3);
        expect(list.stderr).toContain("Not logged in");
        expect(list.stderr).toContain("auth login --token");

        const notAToken = await fresh.run(["auth", "login", "--token", owner.publicKey, "--base-url", app.url], { spawn: true });
        expect(notAToken.code).toBe(2);
        expect(notAToken.stderr).toContain("public key");

        const refused = await fresh.run(
          ["auth", "login", "--token", "ut_pat_0000000000000000000000000000000000000000000", "--base-url", app.url],
          { spawn: true },
        );
        expect(refused.code).toBe(3);
        expect(refused.stderr).toContain("refused this token");
        expect(fs.existsSync(fresh.configFile)).toBe(false);
      } finally {
        fresh.cleanup();
      }
    }, 60_000);

    it("stores the token per profile in a 0600 config file, reads it from stdin, and whoami reports the user", async () => {
      const fresh = await createCliRunner();
      try {
        const login = await fresh.run(["auth", "login", "--token", "-", "--profile", "stage", "--base-url", app.url, "--json"], {
          spawn: true,
          input: `${owner.token}\n`,
        });
        expectOk(login);
        expect(login.json).toMatchObject({ profile: "stage", baseUrl: app.url, me: { kind: "user", user: { email: "owner@cli.test" } } });

        const stat = fs.statSync(fresh.configFile);
        expect(stat.mode & 0o777).toBe(0o600);
        expect(fs.statSync(path.dirname(fresh.configFile)).mode & 0o777).toBe(0o700);
        const config = JSON.parse(fs.readFileSync(fresh.configFile, "utf8"));
        expect(config.profiles.stage).toMatchObject({ baseUrl: app.url, token: owner.token });
        expect(config.profiles.default).toBeUndefined();

        // --env is --profile; the profile remembers the server, so no --base-url is needed any more
        const whoami = await fresh.run(["auth", "whoami", "--env", "stage"], { spawn: true });
        expectOk(whoami);
        expect(whoami.stdout).toContain("owner@cli.test");
        expect(whoami.stdout).toContain(app.url);
        const whoamiJson = await fresh.run(["auth", "whoami", "--profile", "stage", "--json"], { spawn: true });
        expect(whoamiJson.json).toMatchObject({ kind: "user", via: "api_token", user: { email: "owner@cli.test" } });

        // another profile is not logged in
        expect((await fresh.run(["auth", "whoami", "--base-url", app.url], { spawn: true })).code).toBe(3);
        expect((await fresh.run(["auth", "whoami", "--profile", "../etc"], { spawn: true })).code).toBe(2);
      } finally {
        fresh.cleanup();
      }
    }, 60_000);

    it("USERTESTS_TOKEN and USERTESTS_BASE_URL override the profile; a secret key can log in too", async () => {
      const own = await createCliRunner();
      onTestFinished(() => own.cleanup());
      const other = await createUser(db, { email: "other@cli.test" });
      const otherToken = await createApiTokenFor(db, { userId: other.id });
      const viaEnv = await run(["auth", "whoami", "--json"], { env: { USERTESTS_TOKEN: otherToken, USERTESTS_BASE_URL: app.url } });
      expect(viaEnv.json.user.email).toBe("other@cli.test");
      const badUrl = await run(["auth", "whoami"], { env: { USERTESTS_BASE_URL: "http://127.0.0.1:9" } });
      expect(badUrl.code).toBe(1);
      expect(badUrl.stderr).toContain("Could not reach http://127.0.0.1:9");

      const secret = await createSecretKeyFor(db, { projectId: owner.project.id, name: "ci" });
      const ci = await own.run(["auth", "login", "--token", secret, "--profile", "ci", "--base-url", app.url, "--json"]);
      expectOk(ci);
      expect(ci.json.me).toMatchObject({ kind: "secret_key", project: { id: owner.project.id } });
      const projects = await own.run(["project", "list", "--profile", "ci", "--json"]);
      expect(projects.json.projects.map((p: { id: string }) => p.id)).toEqual([owner.project.id]);
    });

    it("logout --revoke revokes the token on the server; the revoked token is refused (exit 3)", async () => {
      const user = await createUser(db);
      const token = await createApiTokenFor(db, { userId: user.id });
      const own = await createCliRunner();
      onTestFinished(() => own.cleanup());
      expectOk(await own.run(["auth", "login", "--token", token, "--profile", "temp", "--base-url", app.url]));
      const logout = await own.run(["auth", "logout", "--revoke", "--profile", "temp", "--json"]);
      expectOk(logout);
      expect(logout.json).toEqual({ profile: "temp", loggedOut: true, revoked: true });
      expect(JSON.parse(fs.readFileSync(own.configFile, "utf8")).profiles.temp).toEqual({ baseUrl: app.url });
      const again = await run(["auth", "whoami"], { env: { USERTESTS_TOKEN: token } });
      expect(again.code).toBe(3);
      expect(again.stderr).toMatch(/unauthorized, HTTP 401/);
    });
  });

  describe("projects and keys", () => {
    it("lists, creates, shows and updates projects; validation errors show the fields; unknown ids exit 4", async () => {
      const list = await run(["project", "list"]);
      expectOk(list);
      expect(list.stdout).toMatch(/ID\s+NAME\s+ROLE/);
      // every column has a heading; the default project (`project use`) is a labelled column, not a bare "*"
      const [header, ...rows] = list.stdout.trimEnd().split("\n");
      expect(header).toMatch(/^ID\s+NAME\s+ROLE\s+GITHUB\s+CREATED\s+DEFAULT$/);
      expect(rows.find((r) => r.startsWith(owner.project.id))).toMatch(/\syes$/);
      expect(list.stdout).toContain(owner.project.name);

      const created = await run([
        "project",
        "create",
        "--name",
        "CLI project",
        "--description",
        "made by the CLI",
        "--allowed-origin",
        "https://shop.example.com",
        "--json",
      ]);
      expectOk(created);
      expect(created.json.project).toMatchObject({
        name: "CLI project",
        description: "made by the CLI",
        allowedOrigins: ["https://shop.example.com"],
      });
      const id = created.json.project.id;

      const updated = await run([
        "project",
        "update",
        id,
        "--name",
        "Renamed",
        "--github-repo",
        "acme/web",
        "--retention-audio-days",
        "30",
        "--json",
      ]);
      expectOk(updated);
      expect(updated.json.project).toMatchObject({ name: "Renamed", githubRepo: "acme/web", retentionAudioDays: 30 });

      const shown = await run(["project", "get", id]);
      expectOk(shown);
      expect(shown.stdout).toContain("Renamed");
      expect(shown.stdout).toContain("acme/web (base main)");
      expect(shown.stdout).toMatch(/Your role:\s+owner/);

      const invalid = await run(["project", "update", id, "--github-repo", "not a repo"]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain("(validation_failed, HTTP 400)");
      expect(invalid.stderr).toContain("githubRepo: must look like owner/repository");
      const invalidJson = await run(["project", "update", id, "--github-repo", "not a repo", "--json"]);
      expect(JSON.parse(invalidJson.stderr).error).toMatchObject({
        code: "validation_failed",
        status: 400,
        details: { fields: { githubRepo: expect.any(Array) } },
      });

      const missing = await run(["project", "get", "nope"], { spawn: true });
      expect(missing.code).toBe(4);
      expect(missing.stderr).toContain("Project not found (not_found, HTTP 404)");
      expect((await run(["project", "update", id])).code).toBe(2);
    });

    it("refuses a shorter retention window that deletes data until --confirm-deletion", async () => {
      const created = await run(["project", "create", "--name", "Retention CLI", "--json"]);
      expectOk(created);
      const id = created.json.project.id;
      const old = await createSession(db, { projectId: id });
      await db.$executeRaw`UPDATE "Session" SET "createdAt" = now() - interval '40 days' WHERE "id" = ${old.id}`;

      const refused = await run(["project", "update", id, "--retention-transcript-days", "30"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("This change deletes 1 sessions");
      expect(refused.stderr).toContain("HTTP 409");

      const confirmed = await run(["project", "update", id, "--retention-transcript-days", "30", "--confirm-deletion", "--json"]);
      expectOk(confirmed);
      expect(confirmed.json.project.retentionTranscriptDays).toBe(30);
    });

    it("forbids what the role does not allow (exit 1, 403)", async () => {
      const viewer = await createUser(db);
      await addMember(db, { projectId: owner.project.id, userId: viewer.id, role: "viewer" });
      const token = await createApiTokenFor(db, { userId: viewer.id });
      const res = await run(["key", "list"], { env: { USERTESTS_TOKEN: token } });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain("HTTP 403");
    });

    it("creates, lists and revokes secret keys; rotating the public key needs --yes and retires the old key", async () => {
      const { project, publicKey, token } = await createOwnerWithProject(db);
      const env = { USERTESTS_TOKEN: token, USERTESTS_PROJECT: project.id };

      const createdKey = await run(["key", "create", "--name", "ci", "--json"], { env });
      expectOk(createdKey);
      expect(createdKey.json.secret).toMatch(/^ut_sec_/);
      expect(createdKey.json.key).toMatchObject({ name: "ci", kind: "secret", revokedAt: null });
      const human = await run(["key", "create", "--name", "deploy"], { env });
      expect(human.stdout).toMatch(/will not be shown again:\n\n {2}ut_sec_/);

      const list = await run(["key", "list"], { env });
      expectOk(list);
      expect(list.stdout).toContain(publicKey);
      expect(list.stdout).toMatch(/ci\s+ut_sec_[\w-]+…/);

      const revoked = await run(["key", "revoke", createdKey.json.key.id, "--json"], { env });
      expectOk(revoked);
      expect(revoked.json.key.revokedAt).toBeTruthy();
      const twice = await run(["key", "revoke", createdKey.json.key.id], { env });
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain("already revoked (conflict, HTTP 409)");
      expect((await run(["key", "revoke", "nope"], { env })).code).toBe(4);
      expect((await run(["key", "create"], { env })).code).toBe(2);

      const unconfirmed = await run(["key", "rotate-public"], { env });
      expect(unconfirmed.code).toBe(2);
      expect(unconfirmed.stderr).toContain("--yes");
      const rotated = await run(["key", "rotate-public", "--yes", "--json"], { env });
      expectOk(rotated);
      expect(rotated.json.publicKey.value).toMatch(/^ut_pub_/);
      expect(rotated.json.publicKey.value).not.toBe(publicKey);
      // the participant API refuses the old key now
      const old = await run(["api", "GET", `/api/sdk/screeners/x?key=${publicKey}`, "--no-auth"], { env });
      expect(old.code).toBe(3);
      expect(old.stderr).toContain("Invalid or revoked public key");
    });
  });

  describe("sessions", () => {
    it("lists sessions with filters and pagination", async () => {
      const failed = await failedSession(owner.project.id);
      const all = await run(["session", "list", "--limit", "100", "--json"]);
      expectOk(all);
      expect(all.json).toEqual({ sessions: expect.any(Array), nextCursor: null });
      expect(all.json.sessions.map((s: { id: string }) => s.id)).toContain(failed.id);

      const onlyFailed = await run(["session", "list", "--processing", "failed"]);
      expectOk(onlyFailed);
      expect(onlyFailed.stdout).toContain(failed.id);
      expect(onlyFailed.stdout).toContain("Ana Lima");
      expect(onlyFailed.stdout).toContain("Claude returned output that does not");

      await processedSessionWithTask(owner.project.id);
      const page = await run(["session", "list", "--limit", "1", "--json"]);
      expect(page.json.sessions).toHaveLength(1);
      expect(page.json.nextCursor).toEqual(expect.any(String));
      const next = await run(["session", "list", "--limit", "1", "--cursor", page.json.nextCursor, "--json"]);
      expect(next.json.sessions[0].id).not.toBe(page.json.sessions[0].id);

      expect((await run(["session", "list", "--status", "finished"])).code).toBe(2);
      expect((await run(["session", "list", "--limit", "many"])).code).toBe(2);
    });

    it("get shows messages, events, signals, the run/step history with failure reasons and the activity", async () => {
      const failed = await failedSession(owner.project.id);
      const res = await run(["session", "get", failed.id]);
      expectOk(res);
      expect(res.stdout).toContain("Messages (3)");
      expect(res.stdout).toMatch(/00:20\s+participant\s+Every Friday I export them/);
      expect(res.stdout).toContain("Events: 3 (navigation 1, click 2)");
      expect(res.stdout).toContain("Processing runs (1)");
      expect(res.stdout).toContain("FAILED  run");
      expect(res.stdout).toContain("attempt 3");
      expect(res.stdout).toContain("inngest 01INNGESTRUN");
      expect(res.stdout).toMatch(/ok {3}transcribe/);
      expect(res.stdout).toContain("FAIL extract_signals (2s) — signals.0.quote: not the participant's words");
      expect(res.stdout).toMatch(/processing_started\n.*processing_failed: Claude returned output that does not match the signal schema/);

      const json = await run(["session", "get", failed.id, "--json"]);
      expect(json.json.session).toMatchObject({
        id: failed.id,
        processingStatus: "failed",
        messages: expect.any(Array),
        events: expect.any(Array),
        signals: [],
        processingRuns: [expect.objectContaining({ status: "failed", steps: expect.any(Array) })],
      });
      expect(json.json.session.activity.map((a: { kind: string }) => a.kind)).toEqual(["ended", "processing_started", "processing_failed"]);

      const { session, linked } = await processedSessionWithTask(owner.project.id);
      const processed = await run(["session", "get", session.id, "--project", owner.project.id]);
      expect(processed.stdout).toContain("Signals (2)");
      expect(processed.stdout).toContain(linked.id);
      expect(processed.stdout).toContain("processed: 2 signals");

      const missing = await run(["session", "get", "nope"]);
      expect(missing.code).toBe(4);
      expect(missing.stderr).toContain("Session not found");
      expect((await run(["session", "get"])).code).toBe(2);
    });

    it("get needs no --project: the id finds its project, for members only", async () => {
      // a login with no default project, as right after `auth login`
      const fresh = await createCliRunner();
      onTestFinished(() => fresh.cleanup());
      expectOk(await fresh.run(["auth", "login", "--token", owner.token, "--base-url", app.url]));
      const { session } = await processedSessionWithTask(owner.project.id);
      const got = await fresh.run(["session", "get", session.id]);
      expectOk(got);
      expect(got.stdout).toMatch(new RegExp(`Session:\\s+${session.id}`));
      expect(got.stdout).toContain("Signals (2)");
      expect((await fresh.run(["session", "get", session.id, "--json"])).json.session).toMatchObject({
        id: session.id,
        projectId: owner.project.id,
      });

      // someone else's session is not found, whether they name a project or not
      const stranger = await createOwnerWithProject(db);
      const theirs = await createSession(db, { projectId: stranger.project.id });
      const hidden = await fresh.run(["session", "get", theirs.id]);
      expect(hidden.code).toBe(4);
      expect(hidden.stderr).toContain("Session not found");
      // an explicit --project still scopes the lookup to that project
      expect((await fresh.run(["session", "get", session.id, "--project", stranger.project.id])).code).toBe(4);
    });

    it("--watch polls until processed with progress on stderr, and gives up after --timeout (exit 1)", async () => {
      const pending = await createSession(db, { projectId: owner.project.id, processingStatus: "processing" });
      const lines: string[] = [];
      const watching = run(["session", "get", pending.id, "--watch", "--interval", "0.2", "--timeout", "30"], {
        spawn: true,
        onStderr: (c) => lines.push(c),
      });
      await expect.poll(() => lines.join(""), { timeout: 15_000 }).toContain("processing processing");
      await db.session.update({
        where: { id: pending.id },
        data: { processingStatus: "processed", signalCount: 0, processedAt: new Date() },
      });
      const done = await watching;
      expectOk(done);
      expect(done.stderr).toMatch(/\[\d+s\] completed · processing processing\n\[\d+s\] completed · processing processed/);
      expect(done.stdout).toContain(`Session:`);

      const stuck = await createSession(db, { projectId: owner.project.id, processingStatus: "pending" });
      const timedOut = await run(["session", "get", stuck.id, "--watch", "--interval", "0.2", "--timeout", "1", "--json"]);
      expect(timedOut.code).toBe(1);
      expect(timedOut.stderr).toContain("Still pending after 1 s");

      const failed = await failedSession(owner.project.id);
      expect((await run(["session", "get", failed.id, "--watch"])).code).toBe(1);
    }, 60_000);

    it("reprocess clears derived data and queues processing; refuses sessions that are not completed", async () => {
      const { session, task } = await processedSessionWithTask(owner.project.id);
      const res = await run(["session", "reprocess", session.id, "--json"]);
      expectOk(res);
      expect(res.json).toMatchObject({
        sessionId: session.id,
        processingStatus: "pending",
        outboxEventId: expect.any(String),
        signalsRemoved: 2,
        tasksTouched: 1,
      });
      expect(await db.signal.count({ where: { sessionId: session.id } })).toBe(0);
      expect(await db.outboxEvent.count({ where: { id: res.json.outboxEventId, name: "session/reprocess.requested" } })).toBe(1);
      // the task lost its only evidence and nobody touched it: reprocessing re-creates it rather than leaving it empty
      expect(await db.task.count({ where: { id: task.id } })).toBe(0);

      const human = await run(["session", "reprocess", session.id]);
      expectOk(human);
      expect(human.stdout).toContain(`Queued session ${session.id} for processing`);
      expect(human.stdout).toContain("--watch");

      const active = await createSession(db, { projectId: owner.project.id, status: "active" });
      const refused = await run(["session", "reprocess", active.id]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("Only ended sessions (completed or abandoned) can be processed (conflict, HTTP 409)");
    });

    it("delete needs --yes; create opens a session for a participant and prints its interview link", async () => {
      const session = await createSession(db, { projectId: owner.project.id });
      const unconfirmed = await run(["session", "delete", session.id]);
      expect(unconfirmed.code).toBe(2);
      expect(await db.session.count({ where: { id: session.id } })).toBe(1);
      const deleted = await run(["session", "delete", session.id, "--yes", "--json"]);
      expectOk(deleted);
      expect(deleted.json).toEqual({ deletedMediaFiles: 0 });
      expect(await db.session.count({ where: { id: session.id } })).toBe(0);

      const create = await run(["session", "create", "--name", "Ana Lima", "--email", "ana@example.test", "--consent-recording"]);
      expectOk(create);
      expect(create.stdout).toMatch(
        /^Created session \S+ for Ana Lima \(text interview, pending\)\.\nInterview link: http\S+\/u\/interview\/\S+\?key=ut_pub_/,
      );
      const created = await run(["session", "create", "--data", JSON.stringify({ participant: { name: "Ben" }, mode: "voice" }), "--json"]);
      expectOk(created);
      expect(created.json.session).toMatchObject({
        participantName: "Ben",
        mode: "voice",
        consents: { recording: false, analytics: false, followUp: false },
      });
      expect(created.json.interviewUrl).toContain(`/u/interview/${created.json.session.id}?key=`);
      const first = create.stdout.match(/^Created session (\S+) /)![1];
      const stored = await db.session.findMany({ where: { id: { in: [first, created.json.session.id] } }, orderBy: { createdAt: "asc" } });
      expect(stored.map((s) => [s.projectId, s.participantName, s.consentRecording])).toEqual([
        [owner.project.id, "Ana Lima", true],
        [owner.project.id, "Ben", false],
      ]);
      expect((await run(["session", "create", "--mode", "async"])).code).toBe(2);
      const invalid = await run(["session", "create", "--email", "not-an-email"]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain("validation_failed");
    });
  });

  describe("signals and tasks", () => {
    it("lists signals with filters; links and unlinks evidence, rescoring the task", async () => {
      const { session, linked, loose, task } = await processedSessionWithTask(owner.project.id);
      const list = await run(["signal", "list", "--session", session.id, "--json"]);
      expectOk(list);
      expect(list.json.signals.map((s: { id: string }) => s.id).sort()).toEqual([linked.id, loose.id].sort());
      const byType = await run(["signal", "list", "--session", session.id, "--type", "workaround"]);
      expect(byType.stdout).toContain("I retype everything into a spreadsheet");
      expect(byType.stdout).not.toContain("the totals never match");
      expect((await run(["signal", "list", "--type", "complaint"])).code).toBe(2);
      expect((await run(["signal", "list", "--min-intensity", "2"])).code).toBe(2);

      const link = await run(["signal", "link", loose.id, "--task", task.id]);
      expectOk(link);
      expect(link.stdout).toMatch(/now has 2 signals from 1 sessions, priority [\d.]+ \((low|medium|high|critical)\)/);
      const evidence = await run(["signal", "list", "--task", task.id, "--json"]);
      expect(evidence.json.signals).toHaveLength(2);

      const unlink = await run(["signal", "unlink", loose.id, "--task", task.id, "--json"]);
      expectOk(unlink);
      expect(unlink.json.task).toMatchObject({ taskId: task.id, signalCount: 1 });
      expect((await run(["signal", "link", loose.id])).code).toBe(2);
      expect((await run(["signal", "link", "nope", "--task", task.id])).code).toBe(4);
    });

    it("lists tasks by priority, shows one with its breakdown and evidence, and changes its status", async () => {
      const { task, linked } = await processedSessionWithTask(owner.project.id);
      const list = await run(["task", "list"]);
      expectOk(list);
      expect(list.stdout).toMatch(/ID\s+PRIORITY\s+STATUS/);
      expect(list.stdout).toContain("Reconcile exported invoice totals");
      const json = await run(["task", "list", "--status", "backlog", "--json"]);
      expect(json.json.tasks.map((t: { id: string }) => t.id)).toContain(task.id);

      const shown = await run(["task", "get", task.id]);
      expectOk(shown);
      expect(shown.stdout).toMatch(/Breakdown:\s+frequency \d+, recency \d+, intensity \d+, breadth \d+, urgency \d+/);
      expect(shown.stdout).toContain("Evidence (1)");
      expect(shown.stdout).toContain(linked.id);

      const moved = await run(["task", "update-status", task.id, "ready", "--json"]);
      expectOk(moved);
      expect(moved.json.task).toMatchObject({ id: task.id, status: "ready" });
      const history = await run(["task", "get", task.id]);
      expect(history.stdout).toContain("backlog → ready");
      expect((await run(["task", "update-status", task.id, "shipped"])).code).toBe(2);
      expect((await run(["task", "update-status", "nope", "done"])).code).toBe(4);
    });

    it("spec and implement queue background work and --wait follows it; implementation list/get show the attempts", async () => {
      const { task } = await processedSessionWithTask(owner.project.id);
      const spec = await run(["task", "spec", task.id, "--json"]);
      expectOk(spec);
      expect(spec.json.implementation).toMatchObject({ taskId: task.id, status: "pending" });
      const implId: string = spec.json.implementation.id;
      // the spec request is in the outbox for Inngest, in the same transaction as the attempt
      expect(
        await db.outboxEvent.count({
          where: { name: "implementation/spec.requested", payload: { path: ["implementationId"], equals: implId } },
        }),
      ).toBe(1);

      // --wait follows the attempt; here the test plays the background function: a first spec is
      // written, the command asks for a new one (back to pending), and the test writes it
      await db.implementation.update({ where: { id: implId }, data: { status: "spec_ready", spec: "# old spec" } });
      const waiting = run(["task", "spec", task.id, "--wait", "--interval", "0.1", "--timeout", "15"]);
      await expect
        .poll(async () => (await db.implementation.findUniqueOrThrow({ where: { id: implId } })).status, { timeout: 10_000, interval: 25 })
        .toBe("pending");
      await db.implementation.update({
        where: { id: implId },
        data: {
          status: "spec_ready",
          spec: "# Reconcile exported invoice totals\n\n## Objective\nTotals match.",
          specGeneratedAt: new Date(),
        },
      });
      const written = await waiting;
      expectOk(written);
      expect(written.stdout).toContain("## Objective");
      expect(written.stdout).not.toContain("old spec");

      const timedOut = await run(["task", "spec", task.id, "--wait", "--interval", "0.1", "--timeout", "1"]);
      expect(timedOut.code).toBe(1);
      expect(timedOut.stderr).toContain("Still pending after 1 s");

      const dry = await run(["task", "implement", task.id, "--dry-run", "--json"]);
      expectOk(dry);
      expect(dry.json).toMatchObject({ queued: true, implementation: { id: implId, dryRun: true } });

      await db.implementation.update({
        where: { id: implId },
        data: {
          status: "open",
          branch: `usertests/${task.id}-reconcile`,
          prNumber: 7,
          prUrl: "https://github.com/acme/app/pull/7",
          prState: "open",
        },
      });
      const again = await run(["task", "implement", task.id]);
      expectOk(again);
      expect(again.stderr).toContain("already has a pull request");
      expect(again.stdout).toMatch(/Pull request:\s+#7 https:\/\/github.com\/acme\/app\/pull\/7 \(open\)/);

      const listed = await run(["implementation", "list", "--task", task.id]);
      expectOk(listed);
      expect(listed.stdout).toMatch(new RegExp(`${implId}\\s+${task.id}\\s+open`));
      const listedJson = await run(["implementation", "list", "--status", "open", "--json"]);
      expect(listedJson.json.implementations.map((i: { id: string }) => i.id)).toContain(implId);
      expect(listedJson.json.implementations[0]).not.toHaveProperty("spec");
      expect((await run(["implementation", "list", "--status", "shipped"])).code).toBe(2);

      const shown = await run(["implementation", "get", implId]);
      expectOk(shown);
      expect(shown.stdout).toContain(`usertests/${task.id}-reconcile`);
      expect(shown.stdout).toContain("## Objective");
      expect((await run(["implementation", "get", "impl_missing"])).code).toBe(4);
    });

    it("measure explains when nothing is merged, and prints the verdict once it is", async () => {
      const { task } = await processedSessionWithTask(owner.project.id);
      const early = await run(["task", "measure", task.id]);
      expect(early.code).toBe(1);
      expect(early.stderr).toContain("no merged pull request");

      await db.implementation.create({
        data: { projectId: owner.project.id, taskId: task.id, status: "merged", mergedAt: new Date(Date.now() - 3_600_000), prNumber: 9 },
      });
      const measured = await run(["task", "measure", task.id]);
      expectOk(measured);
      expect(measured.stdout).toMatch(/VERDICT/);
      expect(measured.stdout).toContain("not enough data");
      const json = await run(["task", "measure", task.id, "--json"]);
      expect(json.json.measurement).toMatchObject({ verdict: "not_enough_data", windowDays: expect.any(Number) });
    });
  });

  describe("screeners", () => {
    it("creates a screener, adds questions with rules, activates it and prints the share link", async () => {
      const created = await run(["screener", "create", "--title", "Invoicing study", "--incentive", "$50 gift card", "--json"]);
      expectOk(created);
      expect(created.json.screener).toMatchObject({ title: "Invoicing study", status: "draft", incentive: "$50 gift card" });
      const id = created.json.screener.id;

      const empty = await run(["screener", "activate", id]);
      expect(empty.code).toBe(1);
      expect(empty.stderr).toContain("Add at least one question");

      const q1 = await run([
        "screener",
        "add-question",
        id,
        "--text",
        "Your role?",
        "--type",
        "single_choice",
        "--option",
        "Founder",
        "--option",
        "Student",
        "--disqualify",
        "Student",
      ]);
      expectOk(q1);
      expect(q1.stdout).toMatch(/single_choice\s+Your role\?\s+Founder \/ Student\s+disqualify if Student/);
      const q2 = await run([
        "screener",
        "add-question",
        id,
        "--text",
        "Invoices per month?",
        "--type",
        "number",
        "--min",
        "0",
        "--max",
        "1000",
        "--qualify-min",
        "5",
        "--optional",
        "--json",
      ]);
      expectOk(q2);
      expect(q2.json.question).toMatchObject({ type: "number", required: false, qualifyMin: 5 });
      expect(q2.json.screener.questions).toHaveLength(2);

      const bad = await run(["screener", "add-question", id, "--text", "Pick", "--type", "single_choice", "--option", "Only"]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("options: needs at least 2 different options");
      expect((await run(["screener", "add-question", id, "--text", "x", "--type", "essay"])).code).toBe(2);

      const activated = await run(["screener", "activate", id]);
      expectOk(activated);
      expect(activated.stdout).toContain(`Screener ${id} is active.`);

      const url = await run(["screener", "url", id, "--json"]);
      expectOk(url);
      expect(url.json).toEqual({
        screenerId: id,
        status: "active",
        publicKey: expect.stringMatching(/^ut_pub_/),
        url: `${app.url}/u/screener/${id}?key=${url.json.publicKey}`,
      });
      const plain = await run(["screener", "url", id]);
      expect(plain.stdout.trim()).toBe(url.json.url);
      // the link's key opens the public definition
      const view = await run(["api", "GET", `/api/sdk/screeners/${id}?key=${url.json.publicKey}`, "--no-auth"]);
      expect(JSON.parse(view.stdout).screener.questions).toHaveLength(2);

      const updated = await run(["screener", "update", id, "--max-participants", "20", "--incentive", "none", "--json"]);
      expect(updated.json.screener).toMatchObject({ maxParticipants: 20, incentive: null });
      const paused = await run(["screener", "pause", id, "--json"]);
      expect(paused.json.screener.status).toBe("paused");

      const shown = await run(["screener", "get", id]);
      expect(shown.stdout).toMatch(/Status:\s+paused/);
      expect(shown.stdout).toContain("qualify in [5, …]");
      const list = await run(["screener", "list"]);
      expect(list.stdout).toContain("Invoicing study");
      expect((await run(["screener", "get", "nope"])).code).toBe(4);
    });
  });

  describe("health, api pass-through and usage errors", () => {
    it("health reports each component", async () => {
      const human = await run(["health"]);
      expectOk(human);
      expect(human.stdout).toContain(`${app.url}: OK`);
      expect(human.stdout).toMatch(/database\s+ok/);
      expect(human.stdout).toMatch(/outbox\s+ok\s+.*backlog=\d+/);
      const json = await run(["health", "--json"], { env: { USERTESTS_TOKEN: undefined } });
      expect(json.json).toMatchObject({ status: "ok", components: { database: { status: "ok" }, outbox: { status: "ok" } } });
    });

    it("api passes any method, path, body and header through with the stored credential", async () => {
      const me = await run(["api", "GET", "/api/v1/me"]);
      expectOk(me);
      expect(JSON.parse(me.stdout).user.email).toBe("owner@cli.test");

      const body = path.join(cli.home, "project.json");
      fs.writeFileSync(body, JSON.stringify({ name: "From a file" }));
      const created = await run(["api", "post", "/api/v1/projects", "--data", `@${body}`]);
      expectOk(created);
      expect(JSON.parse(created.stdout).project.name).toBe("From a file");
      const inline = await run(["api", "POST", "/api/v1/projects", "-d", '{"name":"Inline"}', "-H", "x-request-id: cli-test"]);
      expectOk(inline);

      const invalid = await run(["api", "POST", "/api/v1/projects", "--data", '{"nam":"x"}']);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain("validation_failed, HTTP 400");
      expect(invalid.stdout).toBe("");
      expect((await run(["api", "GET", `/api/v1/projects/nope`])).code).toBe(4);
      const missingRoute = await run(["api", "GET", "/api/v1/nothing-here"]);
      expect(missingRoute.code).toBe(1);
      expect(missingRoute.stderr).toContain("GET /api/v1/nothing-here is not available on this server");
      expect((await run(["api", "FETCH", "/api/v1/me"])).code).toBe(2);
      expect((await run(["api", "GET", "api/v1/me"])).code).toBe(2);
      expect((await run(["api", "POST", "/api/v1/projects", "--data", "{not json"])).code).toBe(2);
      expect((await run(["api", "POST", "/api/v1/projects", "--data", "@/no/such/file"])).code).toBe(2);
    });

    it("usage errors exit 2 with the command's usage; help exits 0", async () => {
      const unknown = await run(["sessions", "list"], { spawn: true });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('unknown command "sessions"');
      const unknownSub = await run(["session", "show", "x"]);
      expect(unknownSub.code).toBe(2);
      expect(unknownSub.stderr).toContain('unknown command "session show"');
      const badOption = await run(["session", "list", "--colour"], { spawn: true });
      expect(badOption.code).toBe(2);
      expect(badOption.stderr).toContain("Unknown option '--colour'");
      expect(badOption.stderr).toContain("Usage: usertests session list");
      const extra = await run(["project", "list", "extra"]);
      expect(extra.code).toBe(2);
      const noProject = await run(["session", "list", "--profile", "no-project"], {
        env: { USERTESTS_TOKEN: owner.token, USERTESTS_BASE_URL: app.url },
      });
      expect(noProject.code).toBe(2);
      expect(noProject.stderr).toContain("No project given");

      const help = await run(["--help"], { spawn: true });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("session reprocess");
      expect(help.stdout).toContain("Exit codes: 0 ok, 1 failure, 2 usage error, 3 not authenticated (401), 4 not found (404).");
      const sub = await run(["screener", "add-question", "--help"]);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain("--qualify-min");
      expect((await run([])).code).toBe(2);
    }, 60_000);

    it("the TypeScript entry runs under tsx (npm run cli / the usertests bin) with the same behaviour", async () => {
      const res = await run(["auth", "whoami", "--json"], { viaTsx: true });
      expectOk(res);
      expect(res.json.user.email).toBe("owner@cli.test");
      expect((await run(["project", "get", "nope"], { viaTsx: true })).code).toBe(4);
    }, 60_000);
  });
});
