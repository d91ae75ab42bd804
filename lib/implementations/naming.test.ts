import { describe, expect, it } from "vitest";
import { branchFor, prTitleFor, slugify } from "./naming";

describe("naming", () => {
  it("slugs are lower-case ASCII words, cut at a word boundary", () => {
    expect(slugify("Exporting invoices to accounting software")).toBe("exporting-invoices-to-accounting-software");
    expect(slugify("Café — “payments” don't sync!")).toBe("cafe-payments-don-t-sync");
    expect(slugify("A very long title that keeps going well past the limit of the branch name")).toBe(
      "a-very-long-title-that-keeps-going-well-past-the",
    );
    expect(slugify("!!!")).toBe("task");
  });
  it("branch and title are stable for a task", () => {
    expect(branchFor({ id: "t1", title: "Slow export" })).toBe("usertests/t1-slow-export");
    expect(prTitleFor({ title: "Slow export", type: "bug" })).toBe("Fix: Slow export");
    expect(prTitleFor({ title: "Add CSV export", type: "feature" })).toBe("Add CSV export");
  });
});
