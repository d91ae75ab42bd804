// Right after a commit that wrote outbox rows, deliver them in the background of this process.
// The periodic sweep (lib/outbox/outbox-sweeper.ts) and `npm run outbox:flush` catch anything this misses.
import { log } from "@/lib/log";
import { flushOutbox } from "./dispatch-outbox";

let running: Promise<unknown> | null = null;
let again = false;

export function kickOutboxDispatch(): void {
  if (running) {
    again = true;
    return;
  }
  running = flushOutbox()
    .catch((e) => log.warn("outbox dispatch error", { error: e }))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        kickOutboxDispatch();
      }
    });
}

/** For tests and shutdown: wait for an in-flight dispatch. */
export async function outboxDispatchSettled(): Promise<void> {
  while (running) await running;
}
