// `usertests privacy …` against the app's route handlers on a loopback port. Inngest is not
// available here: the outbox delivers to a fake Inngest event API, and the test runs the real
// erasure and export functions (@inngest/test) on the events it delivered while the CLI waits.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startFakeInngest } from "@/tests/fakes/fake-inngest";

const inngestApi = await startFakeInngest();
vi.stubEnv("INNGEST_DEV", inngestApi.url);

const { db } = await import("@/lib/db");
const { addMember, createApiTokenFor, createUser } = await import("@/prisma/factories/identity");
const { createInterviewSession, createScreener, createScreenerResponse, createSignal } = await import("@/prisma/factories/research");
const { createCliRunner } = await import("./helpers/run-cli");
const { signedInCliForFile } = await import("./helpers/signed-in-cli");
const { eraseParticipantFunction } = await import("@/inngest/functions/erase-participant");
const { buildExportFunction } = await import("@/inngest/functions/build-export");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-privacy-cli-"));
const signedIn = signedInCliForFile(async () => {
  vi.unstubAllEnvs();
  await inngestApi.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

let counter = 0;
/** A participant with a screener answer, a finished interview and a signal quoting them. */
async function seedParticipant(label: string) {
  const projectId = signedIn.owner.project.id;
  const email = `${label}-${++counter}-${Date.now().toString(36)}@example.test`;
  const screener = await createScreener(db, { projectId, title: `Study ${label}` });
  const { session } = await createInterviewSession(db, {
    projectId,
    screenerId: screener.id,
    participantName: `Person ${label}`,
    participantEmail: email,
    messages: [
      { role: "interviewer", content: "What happened at month end?" },
      { role: "participant", content: `The ${label} export failed again` },
    ],
  });
  await createScreenerResponse(db, { screenerId: screener.id, projectId, sessionId: session.id, participantEmail: email });
  await createSignal(db, { projectId, sessionId: session.id, type: "struggling_moment", quote: `The ${label} export failed again` });
  return { email, sessionId: session.id };
}

/** Runs the real Inngest function on the event the outbox delivered for `match`. */
async function runDelivered(
  fn: InngestTestEngine.Options["function"],
  name: string,
  match: (data: Record<string, unknown>) => boolean,
  untilStep?: string,
) {
  await vi.waitFor(() => expect(inngestApi.received.some((e) => e.name === name && match(e.data))).toBe(true), {
    timeout: 20_000,
    interval: 100,
  });
  const event = inngestApi.received.find((e) => e.name === name && match(e.data))!;
  const engine = new InngestTestEngine({ function: fn, events: [{ id: event.id, name: event.name, data: event.data }] });
  const { error } = untilStep ? await engine.executeStep(untilStep) : await engine.execute();
  expect(error).toBeUndefined();
}

/** Starts the CLI with --wait and runs the job once the CLI has printed the request's id. */
async function runWhileWaiting(args: string[], idPattern: RegExp, run: (id: string) => Promise<void>) {
  let job: Promise<void> | undefined;
  const result = await signedIn.cli.run(args, {
    onStderr: (chunk) => {
      const id = idPattern.exec(chunk)?.[1];
      if (id && !job) job = run(id);
    },
  });
  expect(job, result.stderr).toBeDefined();
  await job;
  return result;
}

/**
 * build-export then sleeps 7 days and removes the file: the run is taken up to the step that makes
 * the export downloadable (expiry has its own tests in tests/api/export-participant.test.ts).
 */
const EXPORT_READY = "complete";

afterAll(() => vi.unstubAllEnvs());

describe("usertests privacy erase / erasures", () => {
  it("requests an erasure once (asking again while it runs returns the same request) and lists it by email", async () => {
    const { email } = await seedParticipant("pending");
    const first = await signedIn.cli.run(["privacy", "erase", email, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.erasure).toMatchObject({ status: "pending", emailHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(first.json)).not.toContain(email);
    const again = await signedIn.cli.run(["privacy", "erase", email.toUpperCase(), "--json"]);
    expect(again.json.erasure.id).toBe(first.json.erasure.id);

    const text = await signedIn.cli.run(["privacy", "erase", email]);
    expect(text.stdout).toContain(`Erasure ${first.json.erasure.id} requested (pending)`);

    const byEmail = await signedIn.cli.run(["privacy", "erasures", "--email", ` ${email.toUpperCase()} `]);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(byEmail.stdout).toContain("Not completed");
    expect(byEmail.stdout).toContain(first.json.erasure.id);

    const nobody = await signedIn.cli.run(["privacy", "erasures", "--email", "nobody@example.test"]);
    expect(nobody.stdout).toContain("No: no erasure of nobody@example.test was requested");
  });

  it("--wait follows the job and prints the receipt: counts by kind, the email hash and what git history keeps", async () => {
    const target = await seedParticipant("erased");
    const other = await seedParticipant("kept");
    const res = await runWhileWaiting(["privacy", "erase", target.email, "--wait", "--interval", "0.2"], /Erasure (\S+) requested/, (id) =>
      runDelivered(eraseParticipantFunction, "privacy/erasure.requested", (d) => d.erasureId === id),
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Status:\s+completed/);
    expect(res.stdout).toMatch(/Email hash:\s+[0-9a-f]{64}/);
    expect(res.stdout).toMatch(/^sessions\s+1$/m);
    expect(res.stdout).toMatch(/^signals\s+1$/m);
    expect(res.stdout).toMatch(/^screenerResponses\s+1$/m);
    expect(res.stdout).toContain("Git history keeps earlier");
    expect(res.stdout).toContain("git filter-repo");
    expect(res.stdout).not.toContain(target.email);
    expect(res.stderr).toMatch(/erasure: completed/);

    // the person is gone, the other participant stays
    expect(await db.session.count({ where: { id: target.sessionId } })).toBe(0);
    expect(await db.session.count({ where: { id: other.sessionId } })).toBe(1);

    const lookup = await signedIn.cli.run(["privacy", "erasures", "--email", target.email]);
    expect(lookup.stdout).toMatch(/^Yes: .* was erased on \d{4}-\d\d-\d\d/);
    expect(lookup.stdout).toMatch(/^sessions\s+1$/m);

    const list = await signedIn.cli.run(["privacy", "erasures"]);
    expect(list.stdout).toMatch(/ID\s+REQUESTED\s+STATUS\s+COMPLETED\s+EMAIL HASH\s+REMOVED/);
    expect(list.stdout).toMatch(/completed .*sessions 1/);
  }, 60_000);
});

describe("usertests privacy export / exports", () => {
  it("exports one participant with --out: waits, then saves their data as JSON", async () => {
    const person = await seedParticipant("exported");
    const out = path.join(tmp, "participant.json");
    const res = await runWhileWaiting(
      ["privacy", "export", "--participant", person.email, "--out", out, "--interval", "0.2", "--timeout", "30"],
      /Export (\S+) requested/,
      (id) => runDelivered(buildExportFunction, "privacy/export.requested", (d) => d.exportId === id, EXPORT_READY),
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Status:\s+completed/);
    expect(res.stdout).toContain(`Saved to:  ${out}`);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toContain(person.email);
    expect(text).toContain("The exported export failed again");
    expect(fs.existsSync(`${out}.part`)).toBe(false);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
  }, 60_000);

  it("exports the whole project as a zip (--json reports the file) and lists both exports", async () => {
    await seedParticipant("zipped");
    const out = path.join(tmp, "project.zip");
    const res = await runWhileWaiting(
      ["privacy", "export", "--whole-project", "--out", out, "--interval", "0.2", "--timeout", "30", "--json"],
      /Export (\S+) requested/,
      (id) => runDelivered(buildExportFunction, "privacy/export.requested", (d) => d.exportId === id, EXPORT_READY),
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.json.export).toMatchObject({ kind: "project", status: "completed" });
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(res.json.file).toEqual({ path: out, sizeBytes: bytes.length });
    expect(res.json.export.sizeBytes).toBe(bytes.length);

    const list = await signedIn.cli.run(["privacy", "exports"]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/ID\s+KIND\s+REQUESTED\s+STATUS\s+SIZE\s+EXPIRES\s+EMAIL HASH/);
    expect(list.stdout).toMatch(/project\s+\S+ \S+\s+completed/);
    expect(list.stdout).toMatch(/participant\s+\S+ \S+\s+completed/);
  }, 60_000);

  it("without --wait it only queues; asking for both or neither kind is a usage error", async () => {
    const person = await seedParticipant("queued");
    const res = await signedIn.cli.run(["privacy", "export", "--participant", person.email]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Export \S+ \(participant\) requested \(pending\)/);

    const neither = await signedIn.cli.run(["privacy", "export"]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("Choose one: --participant <email> or --whole-project");
    const both = await signedIn.cli.run(["privacy", "export", "--participant", person.email, "--whole-project"]);
    expect(both.code).toBe(2);
  });
});

describe("who may", () => {
  it("a member who is not an admin is refused erasure and export", async () => {
    const user = await createUser(db);
    await addMember(db, { projectId: signedIn.owner.project.id, userId: user.id, role: "member" });
    const token = await createApiTokenFor(db, { userId: user.id });
    const member = await createCliRunner();
    try {
      expect((await member.run(["auth", "login", "--token", token, "--base-url", signedIn.app.url])).code).toBe(0);
      const project = ["--project", signedIn.owner.project.id];
      for (const args of [
        ["privacy", "erase", "someone@example.test"],
        ["privacy", "erasures"],
        ["privacy", "export", "--whole-project"],
        ["privacy", "exports"],
      ]) {
        const res = await member.run([...args, ...project]);
        expect(res.code, args.join(" ")).toBe(1);
        expect(res.stderr).toContain("HTTP 403");
      }
    } finally {
      member.cleanup();
    }
  });
});
