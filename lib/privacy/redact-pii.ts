// Personal data that must not reach a model, the dashboard (unless a project opts in) or GitHub:
// email addresses, phone numbers, payment cards, IBANs and a few national ids, replaced by typed
// placeholders ("[email]", "[phone]", …). Pure and deterministic. Every digit-based kind is checked
// (Luhn, mod-97, control letters, area rules) or needs a phone's shape (a "+", a trunk "0", or
// separators), so order numbers, prices, dates and version strings are left alone (ADR 015).

export type PiiKind = "email" | "phone" | "card" | "iban" | "national_id";

export interface PiiMatch {
  kind: PiiKind;
  /** [start, end) in the original text */
  start: number;
  end: number;
}

export interface Redaction {
  text: string;
  found: PiiMatch[];
}

export const PII_PLACEHOLDER: Record<PiiKind, string> = {
  email: "[email]",
  phone: "[phone]",
  card: "[card]",
  iban: "[iban]",
  national_id: "[national-id]",
};

const digitsOf = (s: string) => s.replace(/\D/g, "");

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters as 10..35, the number mod 97 is 1. */
function ibanValid(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** US SSN: area not 000, 666 or 900–999; group not 00; serial not 0000. */
function ssnValid(area: string, group: string, serial: string): boolean {
  return area !== "000" && area !== "666" && area[0] !== "9" && group !== "00" && serial !== "0000";
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Spanish DNI (8 digits) or NIE (X/Y/Z + 7 digits): the letter is the number mod 23. */
function dniValid(body: string, letter: string): boolean {
  const n = Number(body.replace(/^[XYZ]/, (c) => String("XYZ".indexOf(c))));
  return DNI_LETTERS[n % 23] === letter;
}

/** UK NINO prefixes that are never issued. */
const NINO_BAD_PREFIX = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]);

interface Detector {
  kind: PiiKind;
  pattern: RegExp;
  accept?: (m: RegExpExecArray) => boolean;
}

// Order matters for overlaps: an earlier detector wins a tie on the same start.
const DETECTORS: Detector[] = [
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  {
    kind: "iban",
    pattern: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/gu,
    accept: (m) => ibanValid(m[0].replace(/ /g, "")),
  },
  {
    kind: "card",
    // not the digits of an IBAN that failed its check ("DE89 3704 …")
    pattern: /(?<![\p{L}\p{N}.,-]|[A-Z]{2}\d{2} )\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}-]|[.,]\d)/gu,
    accept: (m) => luhnValid(digitsOf(m[0])),
  },
  {
    kind: "national_id",
    pattern: /(?<![\p{L}\p{N}-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\p{L}\p{N}-])/gu,
    accept: (m) => ssnValid(m[1], m[2], m[3]),
  },
  {
    kind: "national_id",
    pattern: /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu,
    accept: (m) => !NINO_BAD_PREFIX.has(m[1]),
  },
  {
    kind: "national_id",
    pattern: /(?<![\p{L}\p{N}])(\d{8}|[XYZ]\d{7})[- ]?([A-Z])(?![\p{L}\p{N}])/gu,
    accept: (m) => dniValid(m[1], m[2]),
  },
  {
    // international: "+" and a country code, 8–15 digits in all
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\p{L}\p{N}])/gu,
    accept: (m) => {
      const n = digitsOf(m[0]).length;
      return n >= 8 && n <= 15;
    },
  },
  {
    // North American "(415) 555-0132" / "415-555-0132" / "415.555.0132"
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}.,/-])(?:\(\d{3}\) ?|[2-9]\d{2}[-. ])\d{3}[-. ]\d{4}(?![\p{L}\p{N}-]|[.,/]\d)/gu,
  },
  {
    // national with a trunk "0": "07700 900123", "030 1234567", "06 12 34 56 78" — 10 or 11 digits, with separators
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}.,/-])\(?0\d{1,4}\)?(?:[ -]\d{2,8}){1,4}(?![\p{L}\p{N}-]|[.,/]\d)/gu,
    accept: (m) => {
      const n = digitsOf(m[0]).length;
      return n >= 10 && n <= 11;
    },
  },
];

/** Finds personal data in `text` and replaces each occurrence by its kind's placeholder. */
export function redactPii(text: string): Redaction {
  const candidates: (PiiMatch & { rank: number })[] = [];
  DETECTORS.forEach((d, rank) => {
    for (const m of text.matchAll(d.pattern)) {
      if (d.accept && !d.accept(m)) continue;
      candidates.push({ kind: d.kind, start: m.index, end: m.index + m[0].length, rank });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const found: PiiMatch[] = [];
  let out = "";
  let at = 0;
  for (const c of candidates) {
    if (c.start < at) continue; // overlaps a match already taken
    found.push({ kind: c.kind, start: c.start, end: c.end });
    out += text.slice(at, c.start) + PII_PLACEHOLDER[c.kind];
    at = c.end;
  }
  return { text: found.length ? out + text.slice(at) : text, found };
}

/** The redacted text only. */
export function redactText(text: string): string {
  return redactPii(text).text;
}
