// `npm run outbox:flush`: a person asks for delivery now, so every undelivered event is tried —
// rows still in backoff too — and the report names what failed, where it was sent and why.
import { flushOutbox, makeDue, type SendEvents } from "./dispatch-outbox";
import { getEngineStatus, stallRemedy } from "./engine-status";

export interface FlushReport {
  lines: string[];
  /** 0 when the outbox is empty afterwards; 1 while anything stays undelivered */
  exitCode: 0 | 1;
}

export async function flushOutboxNow(input: { send?: SendEvents } = {}): Promise<FlushReport> {
  await makeDue();
  const result = await flushOutbox({ send: input.send });
  const left = await getEngineStatus();
  const lines = [`Sent ${result.sent}, failed ${result.failed}; ${left.undelivered} undelivered.`];

  // one line per distinct error: a down engine fails every batch the same way
  const byError = new Map<string, { target: string; events: string[] }>();
  for (const f of result.failures) {
    const entry = byError.get(f.error) ?? { target: f.target, events: [] };
    entry.events.push(`${f.name} ${f.id}`);
    byError.set(f.error, entry);
  }
  for (const [error, { target, events }] of byError) {
    lines.push(
      `Delivery to ${target} failed: ${error}`,
      `  events: ${events.slice(0, 10).join(", ")}${events.length > 10 ? `, … ${events.length - 10} more` : ""}`,
    );
  }
  if (left.undelivered > 0) {
    if (left.oldest)
      lines.push(
        `Oldest undelivered: ${left.oldest.name} ${left.oldest.id}, ${left.oldest.ageSeconds}s old, ${left.oldest.attempts} attempts.`,
      );
    if (left.sessionsWaiting)
      lines.push(`${left.sessionsWaiting} ${left.sessionsWaiting === 1 ? "session waits" : "sessions wait"} for processing to start.`);
    lines.push(stallRemedy(left));
  }
  return { lines, exitCode: left.undelivered > 0 ? 1 : 0 };
}
