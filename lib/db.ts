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

export const db: PrismaClient = clientFor(env().DATABASE_URL);
