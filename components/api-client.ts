// The one way the browser talks to /api/v1: same-origin fetch with the session cookie, JSON in and
// out, and the API's error shape { error: { code, message, details: { fields } } } turned into ApiError.

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly fields: FieldErrors = {},
    /** the error's other details (e.g. a 409's counts), as the API sent them */
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function api<T = unknown>(path: string, options: { method?: Method; body?: unknown } = {}): Promise<T> {
  const method = options.method ?? "GET";
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "application/json", ...(method !== "GET" ? { "content-type": "application/json" } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection and try again.");
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (
      data as { error?: { code?: string; message?: string; details?: { fields?: FieldErrors } & Record<string, unknown> } } | null
    )?.error;
    if (res.status === 401) {
      throw new ApiError(401, error?.code ?? "unauthorized", "Your session has ended. Reload the page and sign in again.");
    }
    throw new ApiError(
      res.status,
      error?.code ?? "http_error",
      error?.message ?? `The request failed (HTTP ${res.status}).`,
      error?.details?.fields ?? {},
      error?.details ?? {},
    );
  }
  return data as T;
}

/** A readable message for anything a call may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return "Something went wrong. Try again.";
}

/**
 * The messages for one form field, including nested paths ("allowedOrigins.2"), phrased for the
 * person filling the form: "Name is required", "Line 3: must be an origin…".
 */
export function fieldError(e: unknown, field: string, label: string, describeIndex?: (index: number) => string): string | null {
  if (!(e instanceof ApiError)) return null;
  const messages: string[] = [];
  for (const [path, list] of Object.entries(e.fields)) {
    if (path !== field && !path.startsWith(field + ".")) continue;
    const rest = path.slice(field.length + 1);
    const indexed = rest && describeIndex && /^\d+$/.test(rest);
    // our schemas phrase messages to follow the field's name ("is required"); zod's defaults are sentences
    for (const m of list) messages.push(indexed ? `${describeIndex(Number(rest))}: ${m}` : /^[a-z]/.test(m) ? `${label} ${m}` : m);
  }
  return messages.length ? messages.join(" · ") : null;
}

/** The error's message unless every problem is already shown next to one of `shownFields`. */
export function formLevelError(e: unknown, shownFields: string[]): string | null {
  if (!e) return null;
  if (e instanceof ApiError) {
    const paths = Object.keys(e.fields);
    const covered = paths.length > 0 && paths.every((p) => shownFields.some((f) => p === f || p.startsWith(f + ".")));
    if (covered) return null;
    const extra = paths.filter((p) => !shownFields.some((f) => p === f || p.startsWith(f + ".")));
    if (extra.length) return `${e.message}: ${extra.map((p) => `${p} ${e.fields[p].join(", ")}`).join("; ")}`;
  }
  return errorMessage(e);
}
