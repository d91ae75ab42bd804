// Periodic delivery of outbox rows that are due (failed sends coming out of backoff, rows written by
// a process that died before delivering). Started once per server process from instrumentation.ts.
import { log } from "@/lib/log";
import { flushOutbox } from "./dispatch-outbox";

const INTERVAL_MS = 10_000;
let timer: NodeJS.Timeout | undefined;

export function startOutboxSweeper(): void {
  if (timer) return;
  timer = setInterval(() => {
    flushOutbox().catch((e) => log.warn("outbox sweep failed", { error: e }));
  }, INTERVAL_MS);
  timer.unref();
}
