import { db } from "@/lib/db";
import type { UpdateProjectInput } from "./schemas";

export async function updateProject(input: { projectId: string; data: UpdateProjectInput }) {
  return db.project.update({ where: { id: input.projectId }, data: input.data });
}
