// The net under every schema: after zod has parsed params, query or body, any string still holding
// NUL or a lone surrogate is in a field that is not participant text (an id, a key, a search, a
// researcher's field), and the request is refused with a 400 naming the field — never a 500 from
// PostgreSQL halfway through a write.
import type { z } from "zod";
import { AppError, validationError } from "@/lib/errors";
import { isPlainObject, isUnstorable } from "./storable-text";

const MESSAGE = "must not contain NUL characters or unpaired UTF-16 surrogates";

/** Paths (a.b.0) of the strings and object keys PostgreSQL could not store. */
export function unstorablePaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  const here = () => (path.length ? path.join(".") : "(root)");
  if (typeof value === "string") {
    if (isUnstorable(value)) found.push(here());
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorablePaths(v, [...path, String(i)], found));
  } else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (isUnstorable(k)) found.push(here());
      else unstorablePaths(v, [...path, k], found);
    }
  }
  return found;
}

export type InputPart = "body" | "query" | "params";

/** Throws validation_failed (400) when the parsed input still holds unstorable text. */
export function refuseUnstorable(value: unknown, where: InputPart): void {
  const paths = unstorablePaths(value);
  if (!paths.length) return;
  const fields = Object.fromEntries(paths.slice(0, 20).map((p) => [p, [MESSAGE]]));
  throw new AppError("validation_failed", `Invalid ${where === "body" ? "request body" : where === "query" ? "query string" : "path"}`, {
    fields,
  });
}

/** zod parsing of one part of a request, refusing unstorable text left in the result. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: InputPart): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, where);
  refuseUnstorable(result.data, where);
  return result.data;
}
