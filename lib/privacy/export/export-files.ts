// Where an export's file lives and how it is served. Exports sit under the project's own prefix
// (projects/<id>/exports/…) rather than a separate exports/ tree: deleting a project purges
// everything under projects/<id>/ (lib/retention/purge-project-media.ts), so an export can never
// outlive the project it was made from.
import type { DataExportKind } from "@/generated/prisma/enums";

/** Exports can be downloaded for 7 days; then the file is removed (build-export sleeps until then). */
export const EXPORT_TTL_MS = 7 * 86_400_000;

export function exportStorageKey(input: { projectId: string; exportId: string; kind: DataExportKind }): string {
  return `projects/${input.projectId}/exports/${input.exportId}.${input.kind === "project" ? "zip" : "json"}`;
}

export function exportContentType(kind: DataExportKind): string {
  return kind === "project" ? "application/zip" : "application/json";
}

/** The file name offered to the browser: which project, which kind, which export. */
export function exportFileName(input: { exportId: string; kind: DataExportKind }): string {
  return input.kind === "project" ? `project-export-${input.exportId}.zip` : `participant-export-${input.exportId}.json`;
}

export function exportDownloadPath(input: { projectId: string; exportId: string }): string {
  return `/api/v1/projects/${encodeURIComponent(input.projectId)}/exports/${encodeURIComponent(input.exportId)}/download`;
}
