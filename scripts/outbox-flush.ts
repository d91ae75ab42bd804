// npm run outbox:flush — try to deliver every undelivered outbox event to Inngest now (also those
// still in backoff), report failures with their target and error, and exit 1 while any is left.
import { prepareLocalEnvironment } from "./lib/local-environment";

const database = await prepareLocalEnvironment();
let code = 0;
try {
  const { flushOutboxNow } = await import("@/lib/outbox/flush-outbox-now");
  const report = await flushOutboxNow();
  for (const line of report.lines) (report.exitCode ? console.error : console.log)(line);
  code = report.exitCode;
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
