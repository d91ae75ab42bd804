import { forgetProjectPublicKeys } from "@/lib/access/public-key-cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { confirmRetentionChange } from "@/lib/retention/confirm-retention-change";
import type { UpdateProjectInput } from "./schemas";

export async function updateProject(input: { projectId: string; data: UpdateProjectInput }) {
  const { confirmDeletion, ...data } = input.data;
  if (data.retentionAudioDays !== undefined || data.retentionEventsDays !== undefined || data.retentionTranscriptDays !== undefined) {
    const current = await db.project.findUnique({
      where: { id: input.projectId },
      select: { retentionAudioDays: true, retentionEventsDays: true, retentionTranscriptDays: true },
    });
    if (!current) throw notFound("Project");
    await confirmRetentionChange(db, { projectId: input.projectId, current, next: data, confirmed: confirmDeletion === true });
  }
  const project = await db.project.update({ where: { id: input.projectId }, data });
  forgetProjectPublicKeys(input.projectId); // the cached callers carry the allowed origins
  return project;
}
