import { db } from "@/lib/db";
import { getScreenerOrThrow } from "./get-screener";
import type { UpdateScreenerInput } from "./schemas";

/** Changes a screener's documented fields (any status; the status has its own use-case). */
export async function updateScreener(input: { projectId: string; screenerId: string; data: UpdateScreenerInput }) {
  return db.$transaction(async (tx) => {
    await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
    await tx.screener.update({ where: { id: input.screenerId }, data: input.data });
    return getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId, tx });
  });
}
