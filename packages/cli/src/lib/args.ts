// Argument helpers on top of node:util parseArgs: typed option values, JSON bodies from
// --data '<json>' | @file | @- (stdin), and usage errors (exit 2) for anything malformed.
import fs from "node:fs";
import { UsageError } from "./errors";
import type { IO } from "./output";

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Parsed {
  values: OptionValues;
  positionals: string[];
}

export function str(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

export function strs(values: OptionValues, name: string): string[] | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map(String);
}

export function bool(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export function num(values: OptionValues, name: string, range: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${raw}"`);
  if (range.integer && !Number.isInteger(n)) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  if (range.min !== undefined && n < range.min) throw new UsageError(`--${name} must be at least ${range.min}`);
  if (range.max !== undefined && n > range.max) throw new UsageError(`--${name} must be at most ${range.max}`);
  return n;
}

export function oneOf<T extends string>(values: OptionValues, name: string, allowed: readonly T[]): T | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; got "${raw}"`);
  return raw as T;
}

export function checkOneOf<T extends string>(value: string, what: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value as T;
}

/** The positional arguments, exactly `names.length` of them (optional ones end with "?"). */
export function positionals(parsed: Parsed, names: string[]): string[] {
  const required = names.filter((n) => !n.endsWith("?")).length;
  const got = parsed.positionals;
  if (got.length < required)
    throw new UsageError(
      `Missing ${names
        .slice(got.length)
        .filter((n) => !n.endsWith("?"))
        .map((n) => `<${n}>`)
        .join(" ")}`,
    );
  if (got.length > names.length) throw new UsageError(`Unexpected argument "${got[names.length]}"`);
  return got;
}

/** --data value: inline JSON, @path to a JSON file, or @- for stdin. */
export async function readJsonArg(io: IO, raw: string, flag = "--data"): Promise<unknown> {
  let text: string;
  let source = "the value";
  if (raw === "@-") {
    text = await io.readStdin();
    source = "stdin";
  } else if (raw.startsWith("@")) {
    const file = raw.slice(1);
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(`${flag}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    source = file;
  } else {
    text = raw;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${flag}: ${source} is not valid JSON (${(e as Error).message})`);
  }
}

export async function readJsonObjectArg(io: IO, raw: string | undefined, flag = "--data"): Promise<Record<string, unknown>> {
  if (raw === undefined) return {};
  const value = await readJsonArg(io, raw, flag);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new UsageError(`${flag} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Drops undefined entries, so only the flags the user gave are sent (PATCH semantics). */
export function defined(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/** "" or "none" clears a nullable field. */
export function nullable(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === "" || value === "none" ? null : value;
}
