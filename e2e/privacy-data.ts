// What the privacy journeys read straight from the e2e database: the email a seeded session's
// participant answered with (e2e/research-data.ts makes it unique per run and does not return it),
// and an export's stored size, to compare with the file the browser downloaded.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { e2eDatabaseUrl } from "./e2e-database";

async function withDb<T>(fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

export async function participantEmailOf(sessionId: string): Promise<string> {
  return withDb(async (db) => {
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { participantEmail: true } });
    if (!session.participantEmail) throw new Error(`session ${sessionId} has no participant email`);
    return session.participantEmail;
  });
}

export async function sessionExists(sessionId: string): Promise<boolean> {
  return withDb(async (db) => (await db.session.count({ where: { id: sessionId } })) === 1);
}
