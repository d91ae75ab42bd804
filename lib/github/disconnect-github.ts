import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Forgets the project's credentials and webhook secret; implementations and their PR links stay. */
export async function disconnectGithub(input: { projectId: string }) {
  const { count } = await db.githubConnection.deleteMany({ where: { projectId: input.projectId } });
  if (count === 0) throw notFound("GitHub connection");
}
