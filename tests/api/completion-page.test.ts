// The participant's completion page /u/complete/<sessionId>, rendered from the real page module
// against real PostgreSQL: what it says after the interview, and while processing has not started.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import CompletePage from "@/app/u/complete/[sessionId]/page";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { DEMO, seedDemoData } from "@/prisma/seed";

async function render(sessionId: string, key: string) {
  const page = await CompletePage({ params: Promise.resolve({ sessionId }), searchParams: Promise.resolve({ key }) });
  return renderToStaticMarkup(page);
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/\s+/g, " ");

describe("completion page", () => {
  it("says the interview is saved and analysis will run, without a spinner, while processing has not started", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const screener = await createScreener(db, { projectId: project.id, thankYouMessage: "Your gift card is on its way." });
    const session = await createSession(db, {
      projectId: project.id,
      screenerId: screener.id,
      status: "completed",
      processingStatus: "pending",
    });

    const html = await render(session.id, publicKey);
    expect(text(html)).toContain("Thanks — your interview is saved");
    expect(text(html)).toContain("Your gift card is on its way.");
    const status = /<div[^>]*data-testid="processing-status"[^>]*>([\s\S]*?)<\/div>/.exec(html);
    expect(status?.[0]).toContain('role="status"');
    expect(status?.[0]).toContain('data-status="pending"');
    expect(text(status![1])).toContain("analysis will run shortly");
    expect(html).not.toContain("animate-spin");
  });

  it("shows the spinner only while analysis really runs", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed", processingStatus: "processing" });
    const html = await render(session.id, publicKey);
    expect(html).toContain("animate-spin");
    expect(text(html)).toContain("Analysing your interview");
  });

  // reported bug: after the demo interview the page said "You're in! The interview … takes about 30
  // minutes" — the demo screener's thank-you had been written for the moment someone qualifies
  it("does not greet a participant who finished the demo interview with the screener's \"You're in!\"", async () => {
    await seedDemoData({ databaseUrl: process.env.DATABASE_URL!, now: new Date() });
    const screener = await db.screener.findFirstOrThrow({ where: { projectId: DEMO.projectId } });
    const session = await createSession(db, {
      projectId: DEMO.projectId,
      screenerId: screener.id,
      status: "completed",
      processingStatus: "pending",
    });
    const page = text(await render(session.id, DEMO.publicKey));
    expect(page).toContain("Thanks — your interview is saved");
    expect(page).not.toMatch(/you're in|takes about 30 minutes|start the interview/i);
  });
});
