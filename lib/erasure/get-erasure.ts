import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { erasureView } from "./erasure-view";

export async function getErasure(input: { projectId: string; erasureId: string }) {
  const row = await db.erasureRequest.findFirst({ where: { id: input.erasureId, projectId: input.projectId } });
  if (!row) throw notFound("Erasure request");
  return erasureView(row);
}
