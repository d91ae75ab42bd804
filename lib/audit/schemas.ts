import { z } from "zod";
import { pageQuery } from "@/lib/pagination";
import { AUDIT_ACTIONS } from "./audit-actions";

export const listAuditQuery = z.object({ ...pageQuery, action: z.enum(AUDIT_ACTIONS).optional() }).strict();

export type ListAuditQuery = z.infer<typeof listAuditQuery>;
