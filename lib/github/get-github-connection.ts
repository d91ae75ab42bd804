import { db } from "@/lib/db";
import { connectionView } from "./connection-view";

export async function getGithubConnection(input: { projectId: string }) {
  const connection = await db.githubConnection.findUnique({ where: { projectId: input.projectId } });
  return connection ? connectionView(connection) : null;
}
