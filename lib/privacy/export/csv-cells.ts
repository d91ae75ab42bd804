// Spreadsheet-safe CSV: a cell that starts with = + - @ (or a tab or carriage return, which some
// spreadsheets skip before reading a formula) is prefixed with an apostrophe, so text a participant
// typed ("=HYPERLINK(…)") is shown, never evaluated, when a researcher opens the file (OWASP "CSV
// injection"). Only text cells: numbers stay numbers (-3 is a number, not a formula).
import { stringify, type Stringifier } from "csv-stringify";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV encoder (header row first) whose text cells are neutralized; dates are ISO 8601, booleans true/false. */
export function csvEncoder(columns: readonly string[]): Stringifier {
  return stringify({
    header: true,
    columns: [...columns],
    cast: {
      string: (v) => neutralizeCell(v),
      date: (v) => v.toISOString(),
      boolean: (v) => (v ? "true" : "false"),
      object: (v) => neutralizeCell(JSON.stringify(v)),
      bigint: (v) => v.toString(),
    },
  });
}
