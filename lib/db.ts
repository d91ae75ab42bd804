// The Prisma client (Prisma 7 + @prisma/adapter-pg). One per process; kept on globalThis so that
// Next's dev reloads do not open a new pool on every edit.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type { Prisma } from "@/generated/prisma/client";
export type Db = PrismaClient;
/** A client or an interactive-transaction client: use-cases accept either so they compose in transactions. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

interface Connection {
  client: PrismaClient;
  pool: pg.Pool;
}

// Keyed by URL: test files each use their own database and may share a process.
const globalForPrisma = globalThis as unknown as { usertestsDatabase?: Map<string, Connection> };

function connectionFor(url: string): Connection {
  const connections = (globalForPrisma.usertestsDatabase ??= new Map());
  let connection = connections.get(url);
  if (!connection) {
    // the pool is ours so that hotPathSql can share it; Prisma ends it on $disconnect
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => {}); // an idle connection dropped by the server; the next query reconnects
    const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    connection = { client, pool };
    connections.set(url, connection);
  }
  return connection;
}

/**
 * The client for DATABASE_URL, created on first use rather than at import, so that importing a
 * module (as `next build` does when it collects pages) needs no database configuration.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const { client } = connectionFor(env().DATABASE_URL);
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * One SQL statement on the pool under `db`, without Prisma's query layer. Only for the SDK's
 * per-request statements (event batches, media chunks), where that layer cost a quarter of the
 * request (docs/decisions/009-hot-path-sql.md); everything else goes through `db`.
 * `name` makes it a prepared statement on each pooled connection: PostgreSQL parses and plans it
 * once per connection instead of on every request (ADR 018); one name per statement text.
 */
export async function hotPathSql<Row extends object>(text: string, values: unknown[], name?: string): Promise<Row[]> {
  const { rows } = await connectionFor(env().DATABASE_URL).pool.query<Row & pg.QueryResultRow>(
    name ? { name, text, values } : { text, values },
  );
  return rows;
}
