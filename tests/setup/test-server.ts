// Which PostgreSQL server the tests use: the one in DATABASE_URL when set, else embedded PostgreSQL.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  /** a URL on the server for admin statements (CREATE/DROP DATABASE) */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function openTestServer(): Promise<TestServer> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const urlFor = (database: string) => {
      const u = new URL(fromEnv);
      u.pathname = "/" + database;
      return u.toString();
    };
    return { adminUrl: fromEnv, urlFor, stop: async () => {} };
  }
  // The persistent cluster in .data/test-pg is reused across runs (no initdb each time). When another
  // run already owns its port, this run gets a throw-away cluster, so concurrent runs never share a server.
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
  if (await portIsFree(port)) return startEmbeddedPostgres({ dataDir: path.resolve(".data/test-pg"), port, quiet: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-pg-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), quiet: true });
  return { ...server, stop: async () => (await server.stop(), fs.rmSync(dir, { recursive: true, force: true })) };
}

export async function adminQuery(adminUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
