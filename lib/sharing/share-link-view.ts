import type { ShareLink } from "@/generated/prisma/client";
import { redactText } from "@/lib/privacy/redact-pii";

export type ShareLinkStatus = "active" | "revoked" | "expired";

export function shareLinkStatus(l: Pick<ShareLink, "revokedAt" | "expiresAt">, now = new Date()): ShareLinkStatus {
  return l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active";
}

/** A link as lists show it: never its token (only its hint), which exists nowhere after creation. */
export function shareLinkView(
  l: ShareLink & { task?: { title: string } | null; signal?: { quote: string } | null },
  createdBy: string | null = null,
) {
  return {
    id: l.id,
    target: l.taskId
      ? { type: "task" as const, id: l.taskId, label: l.task?.title ?? null }
      : { type: "signal" as const, id: l.signalId ?? "", label: l.signal ? redactText(l.signal.quote) : null },
    tokenHint: l.tokenHint,
    createdBy,
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
    revokedAt: l.revokedAt,
    viewCount: l.viewCount,
    lastViewedAt: l.lastViewedAt,
    status: shareLinkStatus(l),
  };
}

export type ShareLinkView = ReturnType<typeof shareLinkView>;
