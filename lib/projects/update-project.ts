import { forgetProjectPublicKeys } from "@/lib/access/public-key-cache";
import { db } from "@/lib/db";
import type { UpdateProjectInput } from "./schemas";

export async function updateProject(input: { projectId: string; data: UpdateProjectInput }) {
  const project = await db.project.update({ where: { id: input.projectId }, data: input.data });
  forgetProjectPublicKeys(input.projectId); // the cached callers carry the allowed origins
  return project;
}
