import { z } from "zod";

/** POST …/exports: one participant's data (by email) or the whole project. */
export const requestExportSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("participant"), email: z.string().trim().max(320).pipe(z.email()) }).strict(),
  z.object({ kind: z.literal("project") }).strict(),
]);

export type RequestExportInput = z.infer<typeof requestExportSchema>;

export const exportsParams = z.object({ projectId: z.string().min(1).max(64) });
export const exportParams = exportsParams.extend({ exportId: z.string().min(1).max(64) });

/** GET /api/v1/media-links/:token — the token is the whole credential (media-link.ts). */
export const mediaLinkParams = z.object({ token: z.string().min(1).max(1024) });
