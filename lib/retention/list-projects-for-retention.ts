// Every project's id, for the daily retention run (each project is then one step).
import { db } from "@/lib/db";

export async function listProjectsForRetention(): Promise<string[]> {
  const projects = await db.project.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return projects.map((p) => p.id);
}
