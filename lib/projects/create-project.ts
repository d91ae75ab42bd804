import { db } from "@/lib/db";
import { issuePublicKey } from "@/lib/keys/issue-public-key";
import type { CreateProjectInput } from "./schemas";

/** Creates a project with its creator as owner and a first public key, atomically. */
export async function createProject(input: { userId: string; data: CreateProjectInput }) {
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        name: input.data.name,
        description: input.data.description ?? null,
        githubRepo: input.data.githubRepo ?? null,
        githubDefaultBranch: input.data.githubDefaultBranch ?? "main",
        allowedOrigins: input.data.allowedOrigins ?? [],
        memberships: { create: { userId: input.userId, role: "owner" } },
      },
    });
    await issuePublicKey(tx, { projectId: project.id, createdById: input.userId });
    return project;
  });
}
