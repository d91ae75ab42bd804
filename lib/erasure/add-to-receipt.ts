import type { ErasureRequest } from "@/generated/prisma/client";
import type { DbClient } from "@/lib/db";
import { type ErasureProgress, type ReceiptCounts, readReceipt, writeProgress, writeReceipt } from "./erasure-state";

/**
 * Adds what a step deleted to the receipt and moves the progress on, in the step's own transaction
 * (the row is locked by lockErasure): a step whose transaction rolled back added nothing, and a
 * retried step finds nothing left to delete, so nothing is ever counted twice.
 */
export async function addToReceipt(
  tx: DbClient,
  request: ErasureRequest,
  update: { add?: Partial<ReceiptCounts>; set?: Partial<ReceiptCounts>; progress: ErasureProgress; githubNote?: string | null },
) {
  const receipt = readReceipt(request.removed);
  for (const [k, v] of Object.entries(update.add ?? {})) receipt.counts[k as keyof ReceiptCounts] += v ?? 0;
  for (const [k, v] of Object.entries(update.set ?? {})) receipt.counts[k as keyof ReceiptCounts] = v ?? 0;
  if (update.githubNote !== undefined) receipt.githubNote = update.githubNote;
  await tx.erasureRequest.update({
    where: { id: request.id },
    data: { removed: writeReceipt(receipt), progress: writeProgress(update.progress) },
  });
}
