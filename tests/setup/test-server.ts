// Which PostgreSQL server the tests use: the one in DATABASE_URL when set, else embedded PostgreSQL.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

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
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(".data/test-pg"), port, quiet: true });
  return server;
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
