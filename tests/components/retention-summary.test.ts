// The retention part of Settings rendered to HTML on the server: the next run's date, what the last
// run removed, and how a change's deletion is worded before it is confirmed.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describeDeletion, RetentionSummary } from "@/components/settings/retention-summary";

describe("RetentionSummary", () => {
  it("shows the next run and what the last run removed", () => {
    const html = renderToStaticMarkup(
      createElement(RetentionSummary, {
        nextRunAt: "2026-12-07T03:00:00Z",
        lastRun: { finishedAt: "2026-12-06T03:00:05Z", sessionsDeleted: 1, mediaFilesRemoved: 12, eventsDeleted: 300 },
      }),
    );
    expect(html).toContain('Next run: <span class="text-zinc-900">Dec 7, 2026, 03:00 UTC</span>');
    expect(html).toContain("Last run Dec 6, 2026, 03:00 UTC: removed 1 session, 12 recording files and 300 behaviour events.");
  });

  it("says when the policy has not run yet", () => {
    const html = renderToStaticMarkup(createElement(RetentionSummary, { nextRunAt: "2026-12-07T03:00:00Z", lastRun: null }));
    expect(html).toContain("It has not run for this project yet.");
  });

  it("words a pending deletion with every count", () => {
    expect(describeDeletion({ sessionsToDelete: 0, mediaFilesToRemove: 1, eventsToDelete: 1 })).toBe(
      "0 sessions, 1 recording file and 1 behaviour event",
    );
  });
});
