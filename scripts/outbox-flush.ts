// npm run outbox:flush — deliver every due outbox row to Inngest now, and report what is left.
import { prepareLocalEnvironment } from "./lib/local-environment";

const database = await prepareLocalEnvironment();
let code = 0;
try {
  const { flushOutbox } = await import("@/lib/outbox/dispatch-outbox");
  const { outboxBacklog } = await import("@/lib/outbox/outbox-health");
  const result = await flushOutbox();
  const backlog = await outboxBacklog();
  console.log(`Sent ${result.sent}, failed ${result.failed}; ${backlog.backlog} undelivered (oldest ${backlog.oldestAgeSeconds}s).`);
  if (result.failed > 0) code = 1;
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
