// Playwright's web server (node_modules/.bin/tsx scripts/e2e-server.ts): a fresh, migrated database
// for the end-to-end suite, then the production server (server.ts, ADR 020) on port 3100 on the
// production build (`npm run build` first).
// With DATABASE_URL it uses a database named usertests_e2e on that server (dropped and recreated);
// without, an embedded PostgreSQL under .data/e2e-pg. NODE_ENV=test keeps the development login
// (refused when NODE_ENV=production), which the specs sign in with.
// E2E_PORT (default 3100) lets two checkouts run the suite side by side: the database name and the
// embedded server's port follow it.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { productionServerArgs } from "./lib/production-server";
import { deployMigrations, resetDatabase } from "./migrations/schema-engine";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DATABASE = PORT === 3100 ? "usertests_e2e" : `usertests_e2e_${PORT}`;
const EMBEDDED_PORT = 54331 + (PORT - 3100);

async function recreate(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function openDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const at = (database: string) => {
      const u = new URL(fromEnv);
      u.pathname = "/" + database;
      return u.toString();
    };
    await recreate(at("postgres"), DATABASE);
    return { url: at(DATABASE), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(".data/e2e-pg"), port: EMBEDDED_PORT, quiet: true });
  await ensureDatabase(server.adminUrl, DATABASE);
  return { url: server.urlFor(DATABASE), stop: server.stop };
}

const database = await openDatabase();
try {
  await resetDatabase(database.url);
  await deployMigrations(database.url);
} catch (e) {
  await database.stop();
  throw e;
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NODE_ENV: "test",
  AUTH_DEV_LOGIN: "1",
  AUTH_SECRET: "e2e-only-secret-e2e-only-secret-0123",
  AUTH_TRUST_HOST: "true",
  AUTH_URL: ORIGIN,
  APP_URL: ORIGIN,
  DATA_DIR: ".data/e2e",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  NEXT_TELEMETRY_DISABLED: "1",
};
// the suite must not depend on real OAuth apps or an SMTP server from the developer's shell
for (const name of ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", "EMAIL_SERVER", "PORT"])
  delete env[name];
// mail goes to this suite's own catcher address (E2E_PORT + 6), never to a developer's `npm run dev`
// catcher: a spec that reads mail listens there itself (e2e/mail.ts); elsewhere a send just fails
env.EMAIL_SERVER = `smtp://127.0.0.1:${PORT + 6}`;

const next = spawn(process.execPath, productionServerArgs(PORT, "127.0.0.1"), { stdio: "inherit", env });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null && next.signalCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await database.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 1));
