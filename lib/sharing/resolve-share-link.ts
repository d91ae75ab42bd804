import { db } from "@/lib/db";
import { hashSecret, TOKEN_PREFIX } from "@/lib/security/secret-tokens";
import { shareLinkStatus } from "./share-link-view";

export type ResolvedShareLink =
  | { state: "active"; link: { id: string; projectId: string; taskId: string | null; signalId: string | null; expiresAt: Date } }
  | { state: "unknown" | "revoked" | "expired" };

/** What a share token names, looked up by its hash (the token itself is stored nowhere). */
export async function resolveShareLink(token: string): Promise<ResolvedShareLink> {
  if (!token.startsWith(TOKEN_PREFIX.share) || token.length > 120) return { state: "unknown" };
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, projectId: true, taskId: true, signalId: true, expiresAt: true, revokedAt: true },
  });
  if (!link) return { state: "unknown" };
  const status = shareLinkStatus(link);
  if (status !== "active") return { state: status };
  return { state: "active", link };
}
