// The Prisma client (Prisma 7 + @prisma/adapter-pg). One per process; kept on globalThis so that
// Next's dev reloads do not open a new pool on every edit.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type { Prisma } from "@/generated/prisma/client";
export type Db = PrismaClient;
/** A client or an interactive-transaction client: use-cases accept either so they compose in transactions. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// Keyed by URL: test files each use their own database and may share a process.
const globalForPrisma = globalThis as unknown as { usertestsPrisma?: Map<string, PrismaClient> };

function clientFor(url: string): PrismaClient {
  const clients = (globalForPrisma.usertestsPrisma ??= new Map());
  let client = clients.get(url);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 }) });
    clients.set(url, client);
  }
  return client;
}

/**
 * The client for DATABASE_URL, created on first use rather than at import, so that importing a
 * module (as `next build` does when it collects pages) needs no database configuration.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = clientFor(env().DATABASE_URL);
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
