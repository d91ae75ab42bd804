// The e2e stand-in for the Inngest server, against the real Inngest SDK serving functions defined
// here (over real HTTP, as the app serves its own): registration, routing by trigger, concurrency
// keys, step retries with compressed RetryAfter delays, onFailure, cron on demand, parked sleeps.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, NonRetriableError, RetryAfterError } from "inngest";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExecutorServer } from "./server";
import type { RunRecord } from "./types";

const running = new Map<string, number>();
const maxRunning = new Map<string, number>();
const flakyCalls = new Map<string, number>();
const failures: string[] = [];

let app: http.Server;
let executor: Awaited<ReturnType<typeof startExecutorServer>>;
let client: Inngest;

async function runsOf(query: string): Promise<RunRecord[]> {
  return ((await (await fetch(`${executor.url}/__control/runs?${query}`)).json()) as { runs: RunRecord[] }).runs;
}

async function settled(query: string, count: number): Promise<RunRecord[]> {
  for (;;) {
    const runs = await runsOf(query);
    if (runs.length >= count && runs.every((r) => !["queued", "running"].includes(r.status))) return runs;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  app = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  executor = await startExecutorServer({ appEndpoint: `${appUrl}/api/inngest`, log: () => {} });
  // the SDK's own error logs are expected here (failing steps are the point): keep the output readable
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };
  client = new Inngest({ id: "harness", isDev: true, baseUrl: executor.url, logger: quiet, internalLogger: quiet });

  const work = client.createFunction(
    { id: "work", triggers: [{ event: "test/work" }], concurrency: [{ key: "event.data.key", limit: 1 }], retries: 0 },
    async ({ event, step }) => {
      const key = String(event.data.key);
      await step.run("enter", () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        maxRunning.set(key, Math.max(maxRunning.get(key) ?? 0, running.get(key)!));
        maxRunning.set(
          "*",
          Math.max(
            maxRunning.get("*") ?? 0,
            [...running.values()].reduce((a, b) => a + b, 0),
          ),
        );
      });
      await step.sleep("hold", "150ms");
      await step.run("leave", () => void running.set(key, running.get(key)! - 1));
      return { key };
    },
  );
  const flaky = client.createFunction({ id: "flaky", triggers: [{ event: "test/flaky" }], retries: 2 }, async ({ event, step }) => {
    const id = String(event.data.id);
    const n = await step.run("call-model", () => {
      const calls = (flakyCalls.get(id) ?? 0) + 1;
      flakyCalls.set(id, calls);
      // five minutes asked for, as the app's retry policy does: the harness waits about a second
      if (calls <= Number(event.data.failTimes)) throw new RetryAfterError(`overloaded ${calls}`, "5m");
      return calls;
    });
    return { calls: n };
  });
  const doomed = client.createFunction(
    {
      id: "doomed",
      triggers: [{ event: "test/doomed" }],
      retries: 0,
      onFailure: async ({ error, event }) => void failures.push(`${(event.data.event.data as { id: string }).id}: ${error.message}`),
    },
    async () => {
      throw new NonRetriableError("the session is gone");
    },
  );
  const sweep = client.createFunction({ id: "sweep", triggers: [{ cron: "*/10 * * * *" }] }, async ({ event, step }) => {
    return step.run("sweep", () => ({ swept: true, trigger: event.name }));
  });
  const wait = client.createFunction({ id: "wait", triggers: [{ event: "test/wait" }] }, async ({ step }) => {
    await step.sleep("window", "14d");
    return "never in a test";
  });
  handler = serve({ client, functions: [work, flaky, doomed, sweep, wait] });

  // as scripts/fake-inngest-executor.ts does at start: the app registers through PUT
  expect((await fetch(`${executor.url}/health`)).status).toBe(503);
  expect((await executor.sync()).ok).toBe(true);
  expect((await fetch(`${executor.url}/health`)).status).toBe(200);
});

afterAll(async () => {
  await executor?.close();
  app?.closeAllConnections();
  await new Promise((resolve) => app?.close(resolve));
});

describe("the e2e Inngest executor", () => {
  it("learns the app's functions, their triggers, concurrency and attempts from the registration", async () => {
    const { functions } = (await (await fetch(`${executor.url}/__control/functions`)).json()) as {
      functions: { id: string; triggers: unknown[]; maxAttempts: number }[];
    };
    expect(functions.map((f) => f.id).sort()).toEqual([
      "harness-doomed",
      "harness-doomed-failure",
      "harness-flaky",
      "harness-sweep",
      "harness-wait",
      "harness-work",
    ]);
    expect(functions.find((f) => f.id === "harness-flaky")!.maxAttempts).toBe(3);
    expect(functions.find((f) => f.id === "harness-sweep")!.triggers).toEqual([{ cron: "*/10 * * * *" }]);
  });

  it("routes events by trigger and runs at most `limit` runs per concurrency key, other keys alongside", async () => {
    await client.send([
      { name: "test/work", data: { key: "a" } },
      { name: "test/work", data: { key: "a" } },
      { name: "test/work", data: { key: "a" } },
      { name: "test/work", data: { key: "b" } },
    ]);
    const runs = await settled("function=work", 4);
    expect(runs.map((r) => r.status)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(maxRunning.get("a")).toBe(1);
    expect(maxRunning.get("*")).toBe(2); // b ran while an a held its slot
    expect(runs[0].steps.map((s) => s.name)).toEqual(["enter", "hold", "leave"]);
  });

  it("retries a failing step with its attempt number, compressing RetryAfter to about a second", async () => {
    const started = Date.now();
    await client.send({ name: "test/flaky", data: { id: "twice", failTimes: 2 } });
    const [run] = await settled("function=flaky", 1);
    expect(run).toMatchObject({ status: "completed", attempts: 3, output: { calls: 3 } });
    expect(run.steps.map((s) => s.status)).toEqual(["retried", "retried", "completed"]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("fails a run when the step's attempts run out, and the onFailure handler gets the error", async () => {
    await client.send({ name: "test/flaky", data: { id: "always", failTimes: 99 } });
    await client.send({ name: "test/doomed", data: { id: "gone" } });
    const flaky = (await settled("function=flaky", 2)).find((r) => r.event.data.id === "always")!;
    expect(flaky).toMatchObject({ status: "failed", attempts: 3 });
    expect(flakyCalls.get("always")).toBe(3);
    const [doomed] = await settled("function=harness-doomed", 1);
    expect(doomed.status).toBe("failed");
    expect(doomed.error).toContain("the session is gone");
    const [handler] = await settled("function=doomed-failure", 1);
    expect(handler.status).toBe("completed");
    expect(failures).toEqual(["gone: the session is gone"]);
  });

  it("runs a cron function on demand and parks long sleeps", async () => {
    const res = await fetch(`${executor.url}/__control/cron/sweep`, { method: "POST", body: JSON.stringify({ wait: true }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { run: RunRecord }).run).toMatchObject({
      status: "completed",
      output: { swept: true, trigger: "inngest/scheduled.timer" },
    });
    expect((await fetch(`${executor.url}/__control/cron/work`, { method: "POST" })).status).toBe(404);

    await client.send({ name: "test/wait", data: {} });
    const [run] = await settled("function=wait", 1);
    expect(run.status).toBe("sleeping");
  });

  it("ignores an event whose id it has already seen", async () => {
    await client.send({ id: "evt-once", name: "test/flaky", data: { id: "once", failTimes: 0 } });
    await client.send({ id: "evt-once", name: "test/flaky", data: { id: "once", failTimes: 0 } });
    await settled("function=flaky", 3);
    expect((await runsOf("event=test/flaky")).filter((r) => r.event.id === "evt-once")).toHaveLength(1);
  });
});
