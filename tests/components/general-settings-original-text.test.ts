// Settings → General rendered on the server: the keep-original-text opt-in (ADR 015) is a checkbox
// for admins, reflecting the saved value, and a plain statement for everyone else.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { GeneralSettings, type GeneralValues } from "@/components/settings/general-settings";

// the form's API action refreshes the page through the App Router, which is not mounted here
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {}, replace: () => {} }) }));

const values = (keepOriginalText: boolean): GeneralValues => ({
  name: "Acme",
  description: null,
  githubRepo: null,
  allowedOrigins: [],
  keepOriginalText,
});
const render = (keepOriginalText: boolean, canEdit: boolean) =>
  renderToStaticMarkup(createElement(GeneralSettings, { projectId: "p1", initial: values(keepOriginalText), canEdit }));

describe("GeneralSettings original text opt-in", () => {
  it("is an unchecked checkbox by default and checked once the project opted in", () => {
    const off = render(false, true);
    expect(off).toContain("Show admins participants&#x27; original text");
    expect(off).toMatch(/<input type="checkbox"(?![^>]*checked)[^>]*>/);
    expect(render(true, true)).toMatch(/<input type="checkbox"[^>]*checked=""/);
  });

  it("tells read-only members whether originals are shown", () => {
    expect(render(false, false)).toContain("Redacted for everyone");
    expect(render(true, false)).toContain("Shown to admins");
  });
});
