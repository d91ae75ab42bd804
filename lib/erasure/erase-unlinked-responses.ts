import { db } from "@/lib/db";
import { addToReceipt } from "./add-to-receipt";
import { readProgress, requirePlan } from "./erasure-state";
import { lockErasure } from "./lock-erasure";

/** The person's screener responses that led to no session (disqualified, or the session was deleted before), with their answers. */
export async function eraseUnlinkedResponses(input: { erasureId: string }) {
  return db.$transaction(async (tx) => {
    const request = await lockErasure(tx, input.erasureId);
    const progress = readProgress(request.progress);
    const plan = requirePlan(progress);
    const { count } = await tx.screenerResponse.deleteMany({ where: { projectId: request.projectId, id: { in: plan.responseIds } } });
    await addToReceipt(tx, request, {
      add: { screenerResponses: count },
      progress: { ...progress, step: "responses", done: plan.responseIds.length, total: plan.responseIds.length },
    });
    return { responsesDeleted: count };
  });
}
