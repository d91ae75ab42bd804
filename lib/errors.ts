// One error type for expected failures, and the single table that maps its codes to HTTP statuses.
import { z } from "zod";

export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  /** a background result (an export) asked for before it exists */
  not_ready: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
    /** seconds, sent as Retry-After with 429 and 503 */
    public readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") => new AppError("forbidden", message);
export const unauthorized = (message = "Sign in or send a valid API token") => new AppError("unauthorized", message);
export const conflict = (message: string, details?: unknown) => new AppError("conflict", message, details);

/** Per-field validation details: { "field.path": ["message", …] }. */
export function validationError(error: z.ZodError, where: "body" | "query" | "params"): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "(root)";
    (fields[key] ??= []).push(issue.message);
  }
  return new AppError("validation_failed", `Invalid ${where === "body" ? "request body" : where === "query" ? "query string" : "path"}`, {
    fields,
  });
}

/** Driver-adapter error kinds (@prisma/adapter-pg) that mean the server cannot be used right now. */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Socket and Prisma codes for the same. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "ETIMEDOUT",
  "ECONNRESET",
  "EPIPE",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
]);
/** What PostgreSQL says while it starts, stops, recovers or is full, in whatever wrapper it reaches us. */
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|Can't reach database|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|not yet accepting connections|consistent recovery state has not been yet reached|too many clients already|remaining connection slots are reserved|terminating connection due to administrator command|Code: `(08...|57P0[1-4]|53300)`/i;

/**
 * Database errors that mean "the database is unavailable" (unreachable, starting after a crash,
 * shutting down, out of connections) rather than "the query is wrong": the request is answered 503
 * with Retry-After. SQLSTATE class 08 (connection exception) and 57P (operator intervention:
 * admin/crash shutdown, cannot connect now) count, as does 53300 (too many connections).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const { code, kind, message } = cur as { code?: unknown; kind?: unknown; message?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || /^(08...|57P0[1-4]|53300)$/.test(code))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
