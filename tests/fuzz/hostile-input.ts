// Arbitraries for input nobody should send: text PostgreSQL cannot store, deep nesting, numbers at
// and past every limit, wrong types, broken JSON and bytes that are not UTF-8. Most bodies keep the
// endpoint's shape with some fields replaced, so the fuzz reaches past the first validation error.
import fc from "fast-check";

const HIGH = "\uD83D";
const LOW = "\uDE00";
const SPECIAL = [
  "\u0000",
  HIGH,
  LOW,
  `${LOW}${HIGH}`,
  "😀",
  "👩‍💻",
  "\uFFFE",
  "\uFFFF",
  "\u202E",
  "%00",
  "%ED%A0%80",
  "%",
  "\r\n",
  "\\",
  '"',
  "'",
  "</script>",
  "${x}",
  " ",
  "",
];

/** Text with NUL, lone surrogates, emoji, escapes and ordinary characters mixed. */
export const hostileText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 })), { maxLength: 8 })
      .map((parts) => parts.join("")),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(2_100), "😀".repeat(1_100)) },
);

/** Numbers at and past the limits of Int columns, safe integers and doubles. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    -0,
    1e-300,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1e21,
    1e308,
    -1e308,
    999_999,
    1_000_000,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value built from the hostile pieces, a few levels deep. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileText, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/**
 * A field's valid value most of the time (so a good share of bodies is valid as a whole and reaches
 * the database), anything else sometimes, or left out.
 */
export function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: hostileJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** An id or key a client would send: ordinary characters only. */
export const plainId = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/));

const nested = (levels: number, inner = "1") => "[".repeat(levels) + inner + "]".repeat(levels);

/** Raw texts that are not what a JSON endpoint expects. */
export const oddText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "{",
    "}",
    "null",
    "[]",
    "true",
    '"x"',
    "1e400",
    "-",
    '{"a":1}garbage',
    "\uFEFF{}",
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"__proto__":{"x":1}}',
  ),
  fc.constantFrom(63, 64, 65, 1_000, 100_000).map((n) => nested(n)),
  fc
    .constantFrom(64, 100_000)
    .map((n) => `{"events":[{"id":"e","type":"custom","offsetMs":0,"data":{"x":${nested(n)}}}],"answers":{"q":${nested(n)}}}`),
  fc.string({ unit: "binary", maxLength: 60 }),
);

export type Body =
  { kind: "json"; value: unknown } | { kind: "text"; text: string } | { kind: "bytes"; bytes: Uint8Array } | { kind: "none" };

/** A request body: mostly the endpoint's shape with hostile fields, else anything at all. */
export function body(shape: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 12, arbitrary: shape.map((value) => ({ kind: "json" as const, value })) },
    { weight: 1, arbitrary: hostileJson.map((value) => ({ kind: "json" as const, value })) },
    { weight: 1, arbitrary: oddText.map((text) => ({ kind: "text" as const, text })) },
    // bytes that are not UTF-8 (lone continuation bytes, encoded surrogates, overlong NUL)
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 64 })
        .map((b) => ({ kind: "bytes" as const, bytes: Uint8Array.from([0xc0, 0x80, 0xed, 0xa0, 0x80, ...b]) })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  );
}

/** Content types a client might send, right and wrong. */
export const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant("application/json") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "text/plain;charset=UTF-8",
      "text/plain",
      "application/jsonx",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
      "application/octet-stream",
    ),
  },
);

export type PathId = { use: "real" } | { use: "text"; text: string } | { use: "suffix"; suffix: string };

/** A path id: the real one mostly, else hostile text, empty, too long, or the real one with NUL or half an emoji. */
export const pathId: fc.Arbitrary<PathId> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ use: "real" as const }) },
  { weight: 1, arbitrary: hostileText.map((text) => ({ use: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom("", "x".repeat(65), "../..", "%2e%2e").map((text) => ({ use: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom("\u0000", HIGH, " ").map((suffix) => ({ use: "suffix" as const, suffix })) },
);

export function idFor(choice: PathId, real: string): string {
  return choice.use === "real" ? real : choice.use === "suffix" ? real + choice.suffix : choice.text;
}

/** Extra query parameters, hostile names and values. */
export const extraQuery = fc.array(fc.tuple(hostileText, hostileText), { maxLength: 3 });

/** Header values must be ByteStrings (Request refuses others): printable ASCII and Latin-1. */
export const headerValue = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  fc.constantFrom("", "-1", "1e3", "99999999999", "0", "12", "-42.5", "-100.001", "\u00ff\u00e9", "NaN"),
);
