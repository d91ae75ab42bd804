import { db } from "@/lib/db";
import { shareLinkView } from "./share-link-view";

/** Bounded: a project keeps few links; the newest are the ones anyone manages. */
export const SHARE_LINK_LIST_LIMIT = 200;

export async function listShareLinks(input: { projectId: string }) {
  const rows = await db.shareLink.findMany({
    where: { projectId: input.projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHARE_LINK_LIST_LIMIT,
    include: { task: { select: { title: true } }, signal: { select: { quote: true } } },
  });
  const creatorIds = [...new Set(rows.flatMap((r) => (r.createdByUserId ? [r.createdByUserId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows.map((r) => shareLinkView(r, r.createdByUserId ? (nameOf.get(r.createdByUserId) ?? null) : null));
}
