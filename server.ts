// The production server: `node --import tsx server.ts [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]` on a build made by
// `npm run build` (npm start runs it through scripts/run-app.ts). Next.js serves everything except the
// SDK's ingestion paths, which our own node:http server hands to the same route handlers (ADR 020);
// INGESTION_LANE=off sends those through Next too, to compare the two ways in (npm run bench:http).
import { parseArgs } from "node:util";

// as `next start` does: a production server unless told otherwise (the e2e suite runs it as "test")
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
const { startProductionServer } = await import("@/lib/server/production-server");
const { routeLane } = await import("@/lib/server/route-lane");
const { INGESTION_LANE } = await import("@/app/api/sdk/sessions/ingestion-lane");

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, keepAliveTimeout: { type: "string" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const keepAliveTimeoutMs = values.keepAliveTimeout === undefined ? undefined : Number(values.keepAliveTimeout);
if (port !== Math.trunc(port) || port < 0 || port > 65535 || (keepAliveTimeoutMs !== undefined && !(keepAliveTimeoutMs >= 0))) {
  console.error("server.ts: -p takes a port (0–65535) and --keepAliveTimeout a number of milliseconds");
  process.exit(1);
}
const ingestionLane = process.env.INGESTION_LANE !== "off";

const server = await startProductionServer({
  port,
  hostname,
  keepAliveTimeoutMs,
  lane: ingestionLane ? routeLane(INGESTION_LANE) : undefined,
});
console.log(
  `Ready on http://${hostname ?? "localhost"}:${port}${ingestionLane ? "" : " (INGESTION_LANE=off: the SDK's ingestion paths go through Next)"}`,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // a request in flight is answered before the process ends; one that hangs does not hold it past 10 s
    setTimeout(() => process.exit(0), 10_000).unref();
    void server.close().then(() => process.exit(0));
  });
}
