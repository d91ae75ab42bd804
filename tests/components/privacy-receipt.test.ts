// The erasure receipt and the Privacy helpers rendered on the server: counts by kind under readable
// names (a kind added later still shows), nothing-found wording, the GitHub statement (current files
// redacted, history not, how to purge), progress text read from free JSON, sizes.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErasureReceipt, summarizeRemoved } from "@/components/settings/privacy-erasure-receipt";
import { describeProgress, type ErasureView, formatBytes, looksLikeEmail } from "@/components/settings/privacy-shared";

const erasure = (removed: Record<string, number>, githubNote: string | null = null): ErasureView => ({
  id: "er1",
  status: "completed",
  emailHash: "a".repeat(64),
  requestedBy: { kind: "user", id: "u1" },
  progress: {},
  removed,
  githubNote,
  error: null,
  createdAt: "2026-06-01T10:00:00Z",
  startedAt: "2026-06-01T10:00:01Z",
  completedAt: "2026-06-01T10:02:00Z",
});

describe("ErasureReceipt", () => {
  it("lists every kind with its count, the dates and the hash, never an email", () => {
    const html = renderToStaticMarkup(
      createElement(ErasureReceipt, { erasure: erasure({ sessions: 2, signals: 5, githubFiles: 1, pullRequests: 1, newKind: 3 }) }),
    );
    expect(html).toContain("Jun 1, 2026, 10:02 UTC");
    expect(html).toContain("a".repeat(64));
    expect(html).toMatch(/<th scope="row"[^>]*>Sessions<\/th><td[^>]*>2<\/td>/);
    expect(html).toMatch(/>Signals and their quotes<\/th><td[^>]*>5</);
    expect(html).toMatch(/>GitHub spec files redacted<\/th><td[^>]*>1</);
    expect(html).toMatch(/>New kind<\/th><td[^>]*>3</);
    expect(html).not.toContain("@");
    // quotes were taken off GitHub: the statement is a warning and says history keeps them
    expect(html).toContain("Quotes from this person were replaced");
    expect(html).toContain("Git history still keeps earlier versions");
    expect(html).toContain("git filter-repo");
    expect(html).toContain("docs/runbook.md#privacy");
  });

  it("says when nothing was found, and shows the server's GitHub note", () => {
    const html = renderToStaticMarkup(
      createElement(ErasureReceipt, { erasure: erasure({ sessions: 0, signals: 0 }, "The repository was disconnected.") }),
    );
    expect(html).toContain("Nothing was found for this email in this project");
    expect(html).not.toContain("<table");
    expect(html).toContain("Any quotes from this person are replaced");
    expect(html).toContain("The repository was disconnected.");
  });

  it("summarizes the kinds that had something", () => {
    expect(summarizeRemoved({ sessions: 1, messages: 8, transcripts: 0 })).toBe("Sessions: 1, Messages: 8");
    expect(summarizeRemoved({ sessions: 0 })).toBe("Nothing was found for this email");
  });
});

describe("privacy helpers", () => {
  it("reads a job's progress from whatever JSON the server stored", () => {
    expect(describeProgress({ step: "sessions", done: 2, total: 5 })).toBe("Sessions: 2 of 5");
    expect(describeProgress({ step: "build_zip" })).toBe("Build zip");
    expect(describeProgress({})).toBeNull();
    expect(describeProgress(null)).toBeNull();
    expect(describeProgress("running")).toBeNull();
  });

  it("formats sizes and checks addresses loosely", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(4_200)).toBe("4.1 KB");
    expect(formatBytes(52_428_800)).toBe("50 MB");
    expect(formatBytes(null)).toBe("—");
    expect(looksLikeEmail(" Dana@Example.com ")).toBe(true);
    expect(looksLikeEmail("dana at example")).toBe(false);
  });
});
