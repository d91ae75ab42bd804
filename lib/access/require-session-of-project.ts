// A public key may only act on participant sessions of its own project — and that is checked
// BEFORE any per-session budget is spent: otherwise anyone holding some project's public key could
// exhaust a real participant's upload and event budgets with requests naming that session. Failed
// lookups (unknown or foreign session ids) are charged to the caller's address instead.
//
// A session never changes project, so the mapping is cached in-process: the SDK's hot paths (event
// batches, chunks) pay for it once per session.
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { rateLimiter } from "@/lib/rate-limit/rate-limiter";

const projectOfSession = new LRUCache<string, string>({ max: 50_000 });

export async function requireSessionOfProject(input: { sessionId: string; projectId: string; ip: string }): Promise<void> {
  let projectId = projectOfSession.get(input.sessionId);
  if (projectId === undefined) {
    const row = await db.session.findUnique({ where: { id: input.sessionId }, select: { projectId: true } });
    if (row) projectOfSession.set(input.sessionId, (projectId = row.projectId));
  }
  if (projectId !== input.projectId) {
    await rateLimiter().consume("sessionLookupMissesPerIp", input.ip);
    throw notFound("Session");
  }
}
