// Server-side records of signed-in browsers (prisma model WebSession): the JWT session cookie names
// one by a random id, and is accepted only while that record exists and has not expired. Signing
// out deletes it, "sign out everywhere" deletes all of a user's, and both take effect on the next
// request — a copied cookie stops working at once instead of living out its 30 days.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/security/secret-tokens";

export const WEB_SESSION_MAX_AGE_SECONDS = 30 * 86_400;
/** lastSeenAt is informative ("active 3 minutes ago"); refreshing it at most this often keeps reads cheap */
const TOUCH_AFTER_MS = 5 * 60_000;

export async function openWebSession(input: { userId: string; userAgent?: string | null }): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await db.webSession.create({
    data: {
      idHash: hashSecret(sid),
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + WEB_SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return sid;
}

/** Whether the cookie's session is still open for this user. */
export async function isWebSessionLive(input: { sid: unknown; userId: string }): Promise<boolean> {
  if (typeof input.sid !== "string" || !input.sid) return false;
  const row = await db.webSession.findUnique({
    where: { idHash: hashSecret(input.sid) },
    select: { idHash: true, userId: true, expiresAt: true, lastSeenAt: true },
  });
  if (!row || row.userId !== input.userId || row.expiresAt < new Date()) return false;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.webSession.update({ where: { idHash: row.idHash }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  return true;
}

/** Signing out this browser. */
export async function endWebSession(sid: unknown): Promise<void> {
  if (typeof sid !== "string" || !sid) return;
  await db.webSession.deleteMany({ where: { idHash: hashSecret(sid) } });
}

/** "Sign out everywhere": every browser of the user, this one included. */
export async function endAllWebSessions(userId: string): Promise<{ ended: number }> {
  const { count } = await db.webSession.deleteMany({ where: { userId } });
  return { ended: count };
}

/** The user's signed-in browsers, newest activity first (the account page). */
export async function listWebSessions(userId: string) {
  return db.webSession.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}
