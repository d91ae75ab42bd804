import { describe, expect, it } from "vitest";
import { rankFiles } from "./rank-files";

const TREE = [
  "README.md",
  "package-lock.json",
  "public/invoice-export.png",
  "node_modules/invoice-lib/export.js",
  "src/invoices/ExportInvoices.tsx",
  "src/invoices/export-invoices.test.ts",
  "src/accounting/xero_client.ts",
  "src/auth/login-form.tsx",
  "docs/exporting.md",
];

describe("rankFiles", () => {
  it("ranks files whose path words match the task's title and topics, then weaker hints from quotes", () => {
    const ranked = rankFiles(TREE, { primary: ["Exporting invoices to accounting software"], secondary: ["the export to Xero breaks"] });
    expect(ranked.map((r) => r.path)).toEqual([
      "src/invoices/ExportInvoices.tsx", // camelCase split: export + invoice
      "src/invoices/export-invoices.test.ts", // same words, but a test comes after the code
      "src/accounting/xero_client.ts", // accounting (title) + xero (quote)
      "docs/exporting.md",
    ]);
    expect(ranked[0].matched.sort()).toEqual(["export", "invoic"]); // stemmed like task matching
  });

  it("never picks lock files, images or vendored code, and returns nothing without overlap", () => {
    const ranked = rankFiles(TREE, { primary: ["invoice export"], secondary: [] });
    expect(ranked.map((r) => r.path)).not.toEqual(
      expect.arrayContaining(["public/invoice-export.png", "node_modules/invoice-lib/export.js", "package-lock.json"]),
    );
    expect(rankFiles(TREE, { primary: ["Calendar sync"], secondary: [] })).toEqual([]);
  });

  it("respects the limit", () => {
    expect(rankFiles(TREE, { primary: ["invoices export accounting login"], secondary: [] }, 2)).toHaveLength(2);
  });
});
