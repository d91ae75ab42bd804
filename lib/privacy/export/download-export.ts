// GET …/exports/:id/download: the file, streamed from media storage (a project export of a large
// project is hundreds of megabytes; it never passes through memory). 409 while it is not built (or
// failed), 404 when unknown or expired. An expired file still on storage (the job's timer has not
// fired yet, or the engine was down) is removed here, lazily, so expiry holds whatever the timer does.
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { mediaStorage } from "@/lib/storage";
import { exportContentType, exportFileName } from "./export-files";
import { removeExportFile } from "./remove-expired-export";

export async function downloadExport(input: { projectId: string; exportId: string }): Promise<Response> {
  const row = await db.dataExport.findFirst({ where: { id: input.exportId, projectId: input.projectId } });
  if (!row) throw notFound("Export");
  if (row.status !== "completed") {
    throw new AppError("not_ready", row.status === "failed" ? "This export failed; request a new one" : "This export is not ready yet", {
      status: row.status,
    });
  }
  if (!row.storageKey || (row.expiresAt && row.expiresAt <= new Date())) {
    if (row.storageKey) await removeExportFile({ exportId: row.id });
    throw new AppError("not_found", "This export has expired; request a new one");
  }
  const stored = await mediaStorage().get(row.storageKey);
  if (!stored) throw notFound("Export file");
  return new Response(Readable.toWeb(stored.body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "content-type": exportContentType(row.kind),
      "content-length": String(stored.size),
      "content-disposition": `attachment; filename="${exportFileName({ exportId: row.id, kind: row.kind })}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
