import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getScreenerOrThrow } from "./get-screener";
import { publicScreenerView } from "./public-screener-view";

/**
 * The participant's view of a screener of the caller's project. Drafts are "not found" (not
 * published yet); paused and closed screeners are returned without questions, so a page can say
 * they are not accepting responses. `countView` adds one to the funnel's views (active only).
 */
export async function getPublicScreener(input: { projectId: string; screenerId: string; countView: boolean; language?: string }) {
  const screener = await getScreenerOrThrow({ projectId: input.projectId, screenerId: input.screenerId });
  if (screener.status === "draft") throw notFound("Screener");
  if (input.countView && screener.status === "active") {
    // raw: a counter is not an edit, so updatedAt stays as it is
    await db.$executeRaw`UPDATE "Screener" SET "viewCount" = "viewCount" + 1 WHERE id = ${screener.id}`;
  }
  return publicScreenerView(screener, { language: input.language, mainLanguage: await researchLanguage(input.projectId) });
}

/** The language the researcher writes the screener's main texts in (issue #17): the project's research language. */
export async function researchLanguage(projectId: string): Promise<string> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { researchLanguage: true } });
  return project?.researchLanguage ?? "en";
}
