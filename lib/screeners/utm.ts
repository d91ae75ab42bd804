import { LIMITS } from "./schemas";

const KEYS = ["source", "medium", "campaign", "term", "content"] as const;

/** utm_source … utm_content from a page's query string, trimmed to what the API accepts. */
export function utmFromSearchParams(query: Record<string, string | string[] | undefined>): Partial<Record<(typeof KEYS)[number], string>> {
  const out: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const k of KEYS) {
    const raw = query[`utm_${k}`];
    const v = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (v) out[k] = v.slice(0, LIMITS.utmLength);
  }
  return out;
}
