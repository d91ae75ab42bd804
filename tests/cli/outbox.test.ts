// The CLI when the job engine does not accept events: `outbox list` / `outbox retry` (admin),
// `session get` saying the session waits for the job engine, and `health` degraded with its reasons.
// The app's route handlers on a loopback port over this file's database; the real Inngest SDK sends
// to a loopback fake of Inngest's event API that can be down; the CLI runs as a child process.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/outbox/enqueue-event";
import { addMember, createApiTokenFor, createUser } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { signedInCliForFile } from "./helpers/signed-in-cli";

const fake = await vi.hoisted(async () => {
  const { startFakeInngest } = await import("@/tests/fakes/fake-inngest");
  const server = await startFakeInngest();
  process.env.INNGEST_DEV = server.url;
  return server;
});
const { dispatchOutbox } = await import("@/lib/outbox/dispatch-outbox");

const signedIn = signedInCliForFile(() => fake.close());

async function endedSession(ageMs: number) {
  const session = await createSession(db, { projectId: signedIn.owner.project.id, status: "completed", processingStatus: "pending" });
  const event = await enqueueEvent(db, {
    name: "session/completed",
    data: { sessionId: session.id, projectId: signedIn.owner.project.id, reason: "ended" },
  });
  await db.outboxEvent.update({ where: { id: event.id }, data: { createdAt: new Date(Date.now() - ageMs) } });
  return { session, event };
}

describe("while the job engine is down", () => {
  it("list, session get and health say what waits, since when and why; retry delivers once it is back", async () => {
    const { session, event } = await endedSession(20 * 60_000);
    fake.setDown(true);
    await dispatchOutbox();

    const list = await signedIn.cli.run(["outbox", "list"]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(`${fake.url}/ (dev)`);
    expect(list.stdout).toMatch(/PAUSED: the oldest event has waited \d+s \(over 300s\)/);
    expect(list.stdout).toMatch(new RegExp(`${event.id}\\s+session/completed\\s+${session.id}\\s+1\\s`));
    expect(list.stdout).toContain("fake inngest is down");
    const listJson = await signedIn.cli.run(["outbox", "list", "--json"]);
    expect(listJson.json.events).toEqual([expect.objectContaining({ id: event.id, sessionId: session.id, attempts: 1 })]);

    const get = await signedIn.cli.run(["session", "get", session.id]);
    expect(get.code, get.stderr).toBe(0);
    expect(get.stdout).toMatch(/Waiting for the job engine since \d{4}-\d\d-\d\d \d\d:\d\dZ/);
    expect(get.stdout).toContain(`session/completed ${event.id} → ${fake.url}/ (1 attempts)`);
    expect(get.stdout).toContain("fake inngest is down");
    expect(get.stdout).toContain("npm run outbox:flush");

    const health = await signedIn.cli.run(["health"]);
    expect(health.code).toBe(1);
    expect(health.stdout).toContain(`${signedIn.app.url}: DEGRADED`);
    expect(health.stdout).toContain("Why it is degraded:");
    expect(health.stdout).toContain(
      `Processing is paused: the job engine at ${fake.url}/ has not accepted events for 20 min; 1 session waiting`,
    );

    const stillDown = await signedIn.cli.run(["outbox", "retry"]);
    expect(stillDown.code).toBe(1);
    expect(stillDown.stdout).toContain(`Delivered 0 events to ${fake.url}/; 1 still undelivered.`);
    expect(stillDown.stdout).toContain(`${event.id}  session/completed (session ${session.id}): `);

    fake.setDown(false);
    const retried = await signedIn.cli.run(["outbox", "retry", event.id]);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stdout).toContain(`Delivered 1 event to ${fake.url}/; 0 still undelivered.`);
    expect(fake.received.filter((e) => e.id === event.id)).toHaveLength(1);
    expect((await signedIn.cli.run(["health"])).code).toBe(0);
    expect((await signedIn.cli.run(["session", "get", session.id])).stdout).not.toContain("Waiting for the job engine");
  }, 60_000);

  it("is for project admins: a member is refused, an unknown event id is not found", async () => {
    const member = await createUser(db);
    await addMember(db, { projectId: signedIn.owner.project.id, userId: member.id, role: "member" });
    const token = await createApiTokenFor(db, { userId: member.id });
    const refused = await signedIn.cli.run(["outbox", "list", "--project", signedIn.owner.project.id], { env: { USERTESTS_TOKEN: token } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("forbidden");
    expect((await signedIn.cli.run(["outbox", "retry", "no-such-event"])).code).toBe(4);
  });
});
