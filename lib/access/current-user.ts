// The signed-in user for server components and server actions (pages, layouts). API routes use
// resolvePrincipal through the route wrapper instead. A JWT can outlive its user row (a deleted
// account, a reset database), so the row is checked on every request.
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { isWebSessionLive } from "@/lib/account/web-sessions";
import { db } from "@/lib/db";
import type { Principal } from "./principal";

export interface SignedInUser {
  id: string;
  email: string | null;
  name: string | null;
  image: string | null;
}

export type SessionPrincipal = Extract<Principal, { kind: "user" }> & { via: "session"; user: SignedInUser };

/** A same-site path to return to after sign-in; anything else (absolute or protocol-relative URLs) becomes null. */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}

export function signInPath(callbackUrl?: string | null): string {
  const path = safeCallbackPath(callbackUrl);
  return path ? `/signin?${new URLSearchParams({ callbackUrl: path })}` : "/signin";
}

/** The signed-in user, or null (no session, or the session's user no longer exists). Cached per request. */
export const getSignedInUser = cache(async (): Promise<SessionPrincipal | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  // signed out here or everywhere (or an old cookie without a session record): not signed in
  if (!(await isWebSessionLive({ sid: (session as { sid?: unknown }).sid, userId }))) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, image: true } });
  return user ? { kind: "user", userId: user.id, via: "session", user } : null;
});

/** The signed-in user; otherwise redirects to /signin, coming back to `callbackUrl` afterwards. */
export async function requireSignedInUser(callbackUrl?: string): Promise<SessionPrincipal> {
  const principal = await getSignedInUser();
  if (!principal) redirect(signInPath(callbackUrl));
  return principal;
}
