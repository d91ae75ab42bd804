// The suite's window on background work: every Inngest run the stand-in executor
// (scripts/fake-inngest-executor.ts) has started, so journeys wait for a run's end instead of
// sleeping, and run cron functions on demand.
import { expect } from "@playwright/test";
import { FAKE_INNGEST_URL } from "../playwright.config";
import type { RunRecord } from "../scripts/e2e-inngest/types";

export type { RunRecord };

export async function listRuns(filter: { function?: string; event?: string } = {}): Promise<RunRecord[]> {
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const res = await fetch(`${FAKE_INNGEST_URL}/__control/runs?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { runs: RunRecord[] }).runs;
}

/**
 * Waits until `count` runs of `fn` match `where` and none of them is still queued or running;
 * returns them in start order. Fails with the runs seen when the time is up.
 */
export async function waitForRuns(
  fn: string,
  where: (run: RunRecord) => boolean,
  opts: { count?: number; timeout?: number } = {},
): Promise<RunRecord[]> {
  const count = opts.count ?? 1;
  let runs: RunRecord[] = [];
  await expect
    .poll(
      async () => {
        runs = (await listRuns({ function: fn })).filter(where);
        return runs.length >= count && runs.every((r) => r.status !== "queued" && r.status !== "running")
          ? "settled"
          : JSON.stringify(runs.map((r) => [r.status, r.error]));
      },
      { timeout: opts.timeout ?? 60_000, intervals: [250, 500, 1_000] },
    )
    .toBe("settled");
  return runs;
}

/** process-session runs for one session (completed, reprocess and abandonment all trigger it). */
export function sessionRuns(sessionId: string) {
  return (run: RunRecord) => run.event.data.sessionId === sessionId;
}

/** Runs a cron-triggered function now and answers its run once it has settled. */
export async function runCronNow(fn: string): Promise<RunRecord> {
  const res = await fetch(`${FAKE_INNGEST_URL}/__control/cron/${fn}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ wait: true }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { run: RunRecord }).run;
}
