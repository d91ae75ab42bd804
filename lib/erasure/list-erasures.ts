import { db } from "@/lib/db";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { erasureView } from "./erasure-view";

/** The project's erasure requests, newest first (100 at most); with an email, only that person's ("did you erase X?"). */
export async function listErasures(input: { projectId: string; email?: string }) {
  const rows = await db.erasureRequest.findMany({
    where: { projectId: input.projectId, ...(input.email ? { emailHash: participantEmailHash(input.email) } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map(erasureView);
}
