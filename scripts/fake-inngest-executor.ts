// A stand-in for the Inngest dev server, for the e2e suite only (the real one cannot be installed on
// our machines; it is never part of the product runtime). It asks the app to register
// (PUT <app>/api/inngest, with INNGEST_DEV pointing here the SDK POSTs its functions to /fn/register),
// routes the app's events to every function whose triggers match, and runs them through the app's
// real /api/inngest with Inngest's execution protocol: concurrency keys, retries per step, onFailure
// handlers, parked long sleeps, cron functions on demand. See scripts/e2e-inngest/.
//   node_modules/.bin/tsx scripts/fake-inngest-executor.ts <port> <app origin> [--cron-schedule]
import { startExecutorServer } from "./e2e-inngest/server";

const port = Number(process.argv[2] ?? 8288);
const appOrigin = process.argv[3] ?? "http://127.0.0.1:3000";
const log = (line: string) => console.log(`[fake-inngest] ${line}`);

const server = await startExecutorServer({
  port,
  appEndpoint: `${appOrigin}/api/inngest`,
  cronSchedule: process.argv.includes("--cron-schedule"),
  log,
});
log(`listening on ${server.url}, running functions on ${appOrigin}`);

// the app may still be starting: ask it to register until it has (GET /health answers 503 until then)
for (let attempt = 1; ; attempt++) {
  const result = await server.sync();
  if (result.ok) break;
  if (attempt % 20 === 1) log(`waiting for the app to register its functions: ${result.message}`);
  await new Promise((r) => setTimeout(r, 500));
}
log(`registered ${server.executor.listFunctions().length} functions from ${appOrigin}`);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
