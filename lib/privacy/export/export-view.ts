import type { DataExport } from "@/generated/prisma/client";
import { exportDownloadPath } from "./export-files";

/** An export as the API shows it (the contract's ExportView): never the email, only its keyed hash. */
export function toExportView(row: DataExport, now = new Date()) {
  const downloadable = row.status === "completed" && row.storageKey !== null && (!row.expiresAt || row.expiresAt > now);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    emailHash: row.emailHash,
    progress: row.progress,
    counts: row.counts as Record<string, number>,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    downloadUrl: downloadable ? exportDownloadPath({ projectId: row.projectId, exportId: row.id }) : null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

export type ExportView = ReturnType<typeof toExportView>;
