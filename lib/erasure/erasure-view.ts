import type { ErasureRequest } from "@/generated/prisma/client";
import { readProgress, readReceipt } from "./erasure-state";

/**
 * The API's shape of an erasure request and, once done, its receipt: counts by kind, never the
 * email, names or quotes (the keyed hash answers "did you erase X?"). The job's internal plan is
 * left out.
 */
export function erasureView(e: ErasureRequest) {
  const progress = readProgress(e.progress);
  const receipt = readReceipt(e.removed);
  return {
    id: e.id,
    status: e.status,
    emailHash: e.emailHash,
    requestedBy: { kind: e.requestedByKind as "user" | "secret_key", id: e.requestedById },
    progress: progress.step ? { step: progress.step, done: progress.done ?? 0, total: progress.total ?? 0 } : {},
    removed: receipt.counts,
    githubNote: receipt.githubNote,
    error: e.error,
    createdAt: e.createdAt.toISOString(),
    startedAt: e.startedAt?.toISOString() ?? null,
    completedAt: e.completedAt?.toISOString() ?? null,
  };
}

export type ErasureView = ReturnType<typeof erasureView>;
