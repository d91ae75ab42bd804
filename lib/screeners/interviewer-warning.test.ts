// The dashboard's "participants are turned away" warning: when it shows (an active screener and no
// ANTHROPIC_API_KEY), what it says, and how the project pages render it (the real component).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener } from "@/prisma/factories/research";
import { interviewerSetupWarning } from "./interviewer-warning";

/** The app's modules as the server loads them with (or without) an Anthropic key. */
async function withAnthropicKey(key: string) {
  vi.stubEnv("ANTHROPIC_API_KEY", key);
  vi.resetModules();
  return {
    ...(await import("./get-interviewer-warning")),
    ...(await import("@/components/screeners/interviewer-not-configured-banner")),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("interviewerSetupWarning", () => {
  it("warns only when a screener is active and the interviewer is not configured", () => {
    expect(interviewerSetupWarning({ interviewerConfigured: true, activeScreeners: 3 })).toBeNull();
    expect(interviewerSetupWarning({ interviewerConfigured: false, activeScreeners: 0 })).toBeNull();
    expect(interviewerSetupWarning({ interviewerConfigured: false, activeScreeners: 1 })).toEqual({
      title: "The AI interviewer is not configured: participants who qualify are turned away.",
      impact: "An active screener sends qualified participants to the interview room, where the interview cannot start.",
      remedy: "Set ANTHROPIC_API_KEY in the app's environment (see .env.example) and restart it, or pause the screener until then.",
    });
    expect(interviewerSetupWarning({ interviewerConfigured: false, activeScreeners: 2 })?.impact).toMatch(/^2 active screeners send/);
  });
});

describe("getInterviewerWarning (server configuration + the project's screeners)", () => {
  it("counts the project's active screeners, and says nothing once the key is set", async () => {
    const { project } = await createOwnerWithProject(db);
    const other = await createOwnerWithProject(db);
    await createScreener(db, { projectId: project.id, status: "draft" });
    await createScreener(db, { projectId: other.project.id, status: "active" }); // another project's screener does not count

    let m = await withAnthropicKey("");
    expect(await m.getInterviewerWarning({ projectId: project.id })).toBeNull();
    await createScreener(db, { projectId: project.id, status: "active" });
    await createScreener(db, { projectId: project.id, status: "active" });
    expect((await m.getInterviewerWarning({ projectId: project.id }))?.impact).toMatch(/^2 active screeners/);
    // a screener's builder: only that screener's status matters
    expect(await m.getInterviewerWarning({ screenerStatus: "paused" })).toBeNull();
    expect(await m.getInterviewerWarning({ screenerStatus: "active" })).not.toBeNull();

    m = await withAnthropicKey("sk-ant-test");
    expect(await m.getInterviewerWarning({ projectId: project.id })).toBeNull();
    expect(await m.getInterviewerWarning({ screenerStatus: "active" })).toBeNull();
  });

  it("renders as a warning that says who is affected and what to set; nothing when configured", async () => {
    const { project } = await createOwnerWithProject(db);
    await createScreener(db, { projectId: project.id, status: "active" });

    let m = await withAnthropicKey("");
    let html = renderToStaticMarkup(await m.InterviewerNotConfiguredBanner({ projectId: project.id }));
    expect(html).toContain('data-testid="interviewer-not-configured"');
    expect(html).toContain('role="status"');
    expect(html).toContain("participants who qualify are turned away");
    expect(html).toContain("Set ANTHROPIC_API_KEY");

    m = await withAnthropicKey("sk-ant-test");
    html = renderToStaticMarkup(createElement("div", null, await m.InterviewerNotConfiguredBanner({ projectId: project.id })));
    expect(html).toBe("<div></div>");
  });
});
