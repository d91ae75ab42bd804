import { z } from "zod";
import { ROLES } from "@/lib/access/roles";

export const roleSchema = z.enum(ROLES);
export const memberParams = z.object({ projectId: z.string().min(1).max(64), userId: z.string().min(1).max(64) });
export const updateMemberSchema = z.object({ role: roleSchema }).strict();
