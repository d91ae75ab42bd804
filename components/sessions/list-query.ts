// Turns a page's searchParams into the query a list use-case takes: empty fields dropped, the
// display-only `page` number split off, and a date-only `to` stretched to the end of that day
// (a date field means "up to and including this day").
export type SearchParams = Record<string, string | string[] | undefined>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function listQueryFrom(searchParams: SearchParams, keys: readonly string[]): { query: Record<string, string>; page: number } {
  const query: Record<string, string> = {};
  for (const key of keys) {
    const value = searchParams[key];
    if (typeof value === "string" && value.trim() !== "") query[key] = value.trim();
  }
  const page = Math.max(1, Number.parseInt(String(searchParams.page ?? "1"), 10) || 1);
  return { query, page: query.cursor ? page : 1 };
}

/** The query as the use-case should see it: `to` covers the whole day it names. */
export function withInclusiveTo(query: Record<string, string>): Record<string, string> {
  return query.to && DATE_ONLY.test(query.to) ? { ...query, to: `${query.to}T23:59:59.999Z` } : query;
}

/** The query without its cursor: the filters to keep on pagination links. */
export function filtersOnly(query: Record<string, string>): Record<string, string> {
  const { cursor: _cursor, ...rest } = query;
  return rest;
}

/**
 * A list use-case's validation error (e.g. a cursor edited by hand) as something the page shows
 * next to its filters; any other error goes on to the error boundary.
 */
export function pageProblem(e: unknown): { problem: string } {
  const err = e as { code?: string; message?: string; details?: { fields?: Record<string, string[]> } };
  if (err && err.code === "validation_failed") {
    const fields = Object.entries(err.details?.fields ?? {}).map(([k, v]) => `${k}: ${v.join(", ")}`);
    return { problem: fields.length ? fields.join(" · ") : (err.message ?? "Invalid filters") };
  }
  throw e;
}
