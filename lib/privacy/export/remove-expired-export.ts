// An export's file is deleted 7 days after it was built: by build-export itself, which sleeps until
// expiresAt and then calls this (durable: the sleep survives restarts), and lazily by a download
// or listing that finds it past its date. The row stays as the receipt (kind, counts, dates, the
// email's keyed hash), without a file.
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";

export async function removeExportFile(input: { exportId: string }): Promise<{ removed: boolean }> {
  const row = await db.dataExport.findUnique({ where: { id: input.exportId }, select: { storageKey: true } });
  if (!row?.storageKey) return { removed: false };
  await mediaStorage().delete(row.storageKey);
  await db.dataExport.update({ where: { id: input.exportId }, data: { storageKey: null } });
  return { removed: true };
}

/** Files of a project's exports whose date has passed (for listings); idempotent. */
export async function removeExpiredExportFiles(input: { projectId: string; now?: Date }): Promise<{ removed: number }> {
  const due = await db.dataExport.findMany({
    where: { projectId: input.projectId, storageKey: { not: null }, expiresAt: { lte: input.now ?? new Date() } },
    select: { id: true },
  });
  for (const d of due) await removeExportFile({ exportId: d.id });
  return { removed: due.length };
}
