// The fake Claude's translations (issue #17): when an extraction request asks for translations of
// the quotes (lib/processing/analysis-languages.ts), the fakes add one to every signal — a canned
// English line for the sentences the tests and e2e specs use, else a marked stand-in — so the
// dashboard, specs and PR bodies have a translation to show beside the original quote.

const CANNED: [RegExp, string][] = [
  [/exportar las facturas a mano/i, "I hate exporting the invoices by hand every Friday"],
  [/la exportación a Xero falla/i, "the export to Xero fails every month"],
  [/請求書を手作業で/, "exporting invoices by hand every Friday is a pain"],
  [/エクスポートが毎月失敗/, "the export fails every month"],
  [/التصدير يفشل/, "the export fails every month"],
];

/** The research language the request asks translations into ("Put its English translation…"), or null. */
export function requestedTranslation(userText: string): string | null {
  return /Put its (.+?) translation in "translation"/.exec(userText)?.[1] ?? null;
}

export function fakeTranslation(quote: string, into: string): string {
  const canned = CANNED.find(([re]) => re.test(quote))?.[1];
  return canned ?? `[${into}] ${quote}`;
}

/** Keywords in Spanish, German, Portuguese, Japanese and Arabic that make a line evidence for the offline fake. */
export const OTHER_LANGUAGE_RULES: [RegExp, string][] = [
  [/odio|a mano|falla|frustra|hasse|von Hand|odeio|à mão|手作業|面倒|失敗|يفشل/i, "struggling_moment"],
];
