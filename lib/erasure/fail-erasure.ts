import { db } from "@/lib/db";
import { readProgress, writeProgress } from "./erasure-state";

/**
 * The job gave up: the request says why, and drops the email and the sealed quotes (a failed
 * request must not keep personal data either); what was erased stays erased and is counted in the
 * receipt. The admin makes a new request to finish the work. Idempotent, and a no-op for a request
 * that is gone (its project was deleted) or already finished.
 */
export async function failErasure(input: { erasureId: string; reason: string }) {
  const request = await db.erasureRequest.findUnique({ where: { id: input.erasureId } });
  if (!request || request.status === "completed") return;
  const { plan: _plan, ...progress } = readProgress(request.progress);
  await db.erasureRequest.updateMany({
    where: { id: request.id, status: { not: "completed" } },
    data: {
      status: "failed",
      error: `The erasure stopped: ${input.reason}. What was already erased stays erased; request the erasure again to finish it.`,
      emailCiphertext: null,
      progress: writeProgress(progress),
      completedAt: new Date(),
    },
  });
}
