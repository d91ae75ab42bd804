// npm run dev | npm start: runs Next.js on $PORT (default 3000): `next dev`, or the production server
// (server.ts, ADR 020) on the build. Without DATABASE_URL it first starts
// embedded PostgreSQL under .data/, applies migrations, seeds demo data on the first start, and stops
// the database when the app exits. A development AUTH_SECRET is generated into .data/ when none is set.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type DevServer, planInngestDevServer, startInngestDevServer } from "./lib/inngest-dev-server";
import { prepareLocalEnvironment } from "./lib/local-environment";
import { type MailCatcher, startMailCatcher } from "./lib/mail-catcher";
import { DEV_CATCHER_SMTP_PORT, DEV_CATCHER_SMTP_URL, DEV_CATCHER_WEB_PORT } from "../lib/email/dev-catcher";
import { deployMigrations } from "./migrations/schema-engine";
import { productionServerArgs } from "./lib/production-server";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
fs.mkdirSync(dataDir, { recursive: true });

const database = await prepareLocalEnvironment();
const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, PORT: port };
if (database.embedded) {
  console.log(`Using embedded PostgreSQL (${path.relative(process.cwd(), ".data/pg")}); set DATABASE_URL to use your own server.`);
  // only a server this process started is migrated and seeded; one already running for this
  // checkout belongs to whoever started it (db:* scripts say so explicitly)
  if (database.startedHere) {
    const applied = await deployMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    const seededMarker = path.join(dataDir, "seeded");
    if (!fs.existsSync(seededMarker)) {
      const { seedDemoData } = await import("../prisma/seed");
      await seedDemoData({ databaseUrl: database.url });
      fs.writeFileSync(seededMarker, new Date().toISOString());
      console.log("Seeded the demo project (sign in as demo@usertests.dev).");
    }
  } else {
    console.log(
      "This checkout's embedded PostgreSQL was already running: not migrating or seeding it (npm run db:migrate, npm run db:seed).",
    );
  }
  childEnv.APP_URL ??= `http://localhost:${port}`;
  childEnv.AUTH_URL ??= childEnv.APP_URL;
}
let inngestDevServer: DevServer | undefined;
if (mode === "dev") {
  childEnv.AUTH_DEV_LOGIN ??= "1";
  const plan = planInngestDevServer(childEnv);
  if (plan.start) {
    const appUrl = `http://localhost:${port}`;
    const logFile = path.join(dataDir, "inngest-dev-server.log");
    inngestDevServer = startInngestDevServer({ appUrl, logFile });
    // point the app at it even if it fails to start: events wait in the outbox for the same URL
    childEnv.INNGEST_DEV = plan.url;
    console.log(
      `Inngest dev server: dashboard ${plan.url} (output in ${path.relative(process.cwd(), logFile)}; INNGEST_DEV_SERVER=off to skip)`,
    );
  } else {
    childEnv.INNGEST_DEV ??= "1";
    console.log(`Not starting the Inngest dev server: ${plan.why}.`);
  }
} else {
  childEnv.AUTH_TRUST_HOST ??= "true";
}
// without SMTP, development mail (sign-in links, invitations, export notices) goes to a local catcher
let mailCatcher: MailCatcher | undefined;
if (mode === "dev" && !childEnv.EMAIL_SERVER) {
  try {
    mailCatcher = await startMailCatcher({ smtpPort: DEV_CATCHER_SMTP_PORT, webPort: DEV_CATCHER_WEB_PORT, host: "127.0.0.1" });
    console.log(`Mail catcher: every mail the app sends is shown at ${mailCatcher.webUrl} (set EMAIL_SERVER to send real mail).`);
  } catch (e) {
    // most likely another checkout's `npm run dev` holds the ports: its catcher receives this app's mail too
    console.warn(`Could not start the mail catcher on ports ${DEV_CATCHER_SMTP_PORT}/${DEV_CATCHER_WEB_PORT} (${(e as Error).message}).`);
  }
  childEnv.EMAIL_SERVER = DEV_CATCHER_SMTP_URL;
}
childEnv.NEXT_TELEMETRY_DISABLED ??= "1";

// the recording snippet (public/sdk.js) is generated; build it so the interview room can load it
if (mode === "dev" || !fs.existsSync("public/sdk.js")) {
  const sdk = spawnSync(process.execPath, ["packages/sdk/build.mjs"], { stdio: "inherit" });
  if (sdk.status !== 0) console.warn("Could not build the recording SDK (public/sdk.js); recording will be unavailable.");
}

const next =
  mode === "dev"
    ? spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", port], { stdio: "inherit", env: childEnv })
    : // e.g. `npm start -- --keepAliveTimeout 65000` behind a load balancer (server.ts)
      spawn(process.execPath, [...productionServerArgs(port), ...process.argv.slice(3)], { stdio: "inherit", env: childEnv });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) next.kill("SIGTERM");
  inngestDevServer?.stop();
  await mailCatcher?.close();
  await database.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
