// PostgreSQL cannot store two things a JavaScript string can hold: the NUL character (text and
// jsonb refuse it) and a lone UTF-16 surrogate (not a Unicode scalar value, so it has no UTF-8 form;
// jsonb refuses the "\ud800" escape JSON.stringify writes for it). Either one fails the whole insert,
// so they are dealt with at the edge: replaced in what a participant's browser produced, refused
// everywhere else (ADR 012).

const NUL = /\u0000/g;
const REPLACEMENT = "\uFFFD";

/** True when PostgreSQL could not store this string as text or inside jsonb. */
export function isUnstorable(value: string): boolean {
  return value.includes("\u0000") || !value.isWellFormed();
}

/** The string with every NUL and lone surrogate replaced by U+FFFD (what a UTF-8 decoder does with bad bytes). */
export function toStorableText(value: string): string {
  return value.toWellFormed().replace(NUL, REPLACEMENT);
}

/**
 * A JSON value with every string (values and object keys) made storable. Keys that collide after the
 * replacement keep the last value, as JSON.parse does with duplicate keys.
 */
export function toStorableJson(value: unknown): unknown {
  if (typeof value === "string") return toStorableText(value);
  if (Array.isArray(value)) return value.map(toStorableJson);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key from JSON.parse stays a plain key instead of setting the prototype
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, toStorableText(k), { value: toStorableJson(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
