import { forgetProjectPublicKeys } from "@/lib/access/public-key-cache";
import { db } from "@/lib/db";

/** Deletes a project and, through cascades, everything it owns (sessions, signals, tasks, keys…). */
export async function deleteProject(input: { projectId: string }) {
  await db.project.delete({ where: { id: input.projectId } });
  forgetProjectPublicKeys(input.projectId);
}
