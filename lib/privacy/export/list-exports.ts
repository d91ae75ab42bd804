import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toExportView } from "./export-view";

/** The project's exports, newest first (the 100 latest; older ones are receipts nobody downloads). */
export async function listExports(input: { projectId: string }) {
  const rows = await db.dataExport.findMany({
    where: { projectId: input.projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map((r) => toExportView(r));
}

export async function getExport(input: { projectId: string; exportId: string }) {
  const row = await db.dataExport.findFirst({ where: { id: input.exportId, projectId: input.projectId } });
  if (!row) throw notFound("Export");
  return toExportView(row);
}
