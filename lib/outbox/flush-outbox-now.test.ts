// `npm run outbox:flush`: tries every undelivered event — also those in backoff — reports the target
// and the error, and exits 1 while anything stays undelivered. The function against real PostgreSQL
// and the real SDK talking to a loopback fake; then the script itself as a child process.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { dispatchOutbox } from "./dispatch-outbox";
import { enqueueEvent } from "./enqueue-event";
import { flushOutboxNow } from "./flush-outbox-now";

const fake = await vi.hoisted(async () => {
  const { startFakeInngest } = await import("@/tests/fakes/fake-inngest");
  const server = await startFakeInngest();
  process.env.INNGEST_DEV = server.url;
  return server;
});
afterAll(() => fake.close());
beforeEach(() => fake.setDown(false));

async function waitingEvent() {
  const { project } = await createOwnerWithProject(db);
  const session = await createSession(db, { projectId: project.id, status: "completed", processingStatus: "pending" });
  return enqueueEvent(db, { name: "session/completed", data: { sessionId: session.id, projectId: project.id, reason: "ended" } });
}

describe("flushOutboxNow", () => {
  it("retries events still in backoff, names the target and the error, and fails while any is left", async () => {
    const event = await waitingEvent();
    fake.setDown(true);
    await dispatchOutbox(); // in backoff now: the sweeper would not try it for a while
    const report = await flushOutboxNow();
    expect(report.exitCode).toBe(1);
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).attempts).toBe(2);
    const out = report.lines.join("\n");
    expect(out).toMatch(/^Sent 0, failed \d+; \d+ undelivered\./);
    expect(out).toContain(`Delivery to ${fake.url}/ failed: `);
    expect(out).toContain("fake inngest is down");
    expect(out).toContain(`session/completed ${event.id}`);
    expect(out).toContain("npm run outbox:flush");

    fake.setDown(false);
    const again = await flushOutboxNow();
    expect(again).toEqual({ lines: [expect.stringMatching(/^Sent \d+, failed 0; 0 undelivered\.$/)], exitCode: 0 });
    expect(fake.received.filter((e) => e.id === event.id)).toHaveLength(1);
  });

  it(
    "npm run outbox:flush exits non-zero while an event stays undelivered, and 0 once all are delivered",
    { timeout: 90_000 },
    async () => {
      const event = await waitingEvent();
      // asynchronously: the fake Inngest lives in this process and must keep answering
      const script = (inngestUrl: string) =>
        new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/outbox-flush.ts"], {
            env: { ...process.env, INNGEST_DEV: inngestUrl, LOG_LEVEL: "error" },
          });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (c) => (stdout += c));
          child.stderr.on("data", (c) => (stderr += c));
          child.on("close", (status) => resolve({ status, stdout, stderr }));
        });
      // nothing listens there: the SDK's fetch fails to connect
      const closed = await script("http://127.0.0.1:9");
      expect(closed.status, closed.stderr).toBe(1);
      expect(closed.stderr).toContain("Delivery to http://127.0.0.1:9/ failed: fetch failed");
      expect(closed.stderr).toContain(event.id);

      const open = await script(fake.url);
      expect(open.status, open.stderr).toBe(0);
      expect(open.stdout).toMatch(/Sent \d+, failed 0; 0 undelivered\./);
    },
  );
});
