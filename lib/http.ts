// The route wrapper every API handler goes through: authentication, zod parsing of path, query and
// body, CSRF protection for cookie sessions, and mapping of errors to
// { "error": { "code", "message", "details?" } } with the right status. A new route cannot forget any of them.
import { z } from "zod";
import { type Principal, resolvePrincipal } from "./access/principal";
import { type PublicKeyCaller, resolvePublicKey } from "./access/public-key";
import { env } from "./env";
import { AppError, isDatabaseUnavailable, unauthorized, validationError } from "./errors";
import { log } from "./log";
import type { LimitName } from "./rate-limit/limits";
import { requireSessionOfProject } from "./access/require-session-of-project";
import { clientIp, rateLimiter } from "./rate-limit/rate-limiter";
import { parseJsonBody } from "./validation/bounded-json";
import { type InputPart, parseInput } from "./validation/storable-input";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/**
 * - `principal`: a signed-in user, a personal API token or a project secret key
 * - `user`: a signed-in user or a personal API token
 * - `public_key`: a project's public key (participant pages, the SDK); can only act on participant sessions
 * - `public`: no credentials required (principal is null)
 */
export type AuthMode = "principal" | "user" | "public_key" | "public";

/** Which rate limits a request consumes, and under which key (an IP, a session id…). */
export type RateLimitRule<P> = (ctx: { req: Request; ip: string; params: P }) => [LimitName, string][];

export interface RouteOptions<P, Q, B> {
  auth: AuthMode;
  params?: P;
  query?: Q;
  body?: B;
  /** bytes; larger JSON bodies are refused with 413 before being read (default 1 MiB) */
  maxBodyBytes?: number;
  /**
   * Cross-origin access for participant routes: the Origin must be one of the project's allowed
   * origins or the app's own; responses carry the CORS headers (use `corsPreflight` for OPTIONS).
   */
  cors?: boolean;
  rateLimit?: RateLimitRule<Out<P>>;
}

export interface RouteContext<P, Q, B, A extends AuthMode> {
  req: Request;
  principal: A extends "public"
    ? Principal | null
    : A extends "user"
      ? Extract<Principal, { kind: "user" }>
      : A extends "public_key"
        ? PublicKeyCaller
        : Principal;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

type NextContext = { params: Promise<Record<string, string | string[]>> };

const DEFAULT_MAX_BODY = 1024 * 1024;

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(error.retryAfter)));
  return Response.json(
    { error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } },
    { status: error.status, headers },
  );
}

/** Maps any thrown value to a safe response; unexpected errors are logged, never shown. */
export function toErrorResponse(e: unknown, req?: Request): Response {
  if (e instanceof AppError) return errorResponse(e);
  if (e instanceof z.ZodError) return errorResponse(validationError(e, "body"));
  if (isDatabaseUnavailable(e)) {
    log.error("database unavailable", { error: e, path: req ? new URL(req.url).pathname : undefined });
    return errorResponse(new AppError("service_unavailable", "The database is unavailable; try again shortly", undefined, 5));
  }
  log.error("unhandled error", { error: e, method: req?.method, path: req ? new URL(req.url).pathname : undefined });
  return errorResponse(new AppError("internal", "Something went wrong on our side"));
}

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export const created = (data: unknown) => json(data, 201);
export const noContent = () => new Response(null, { status: 204 });

// Cookie-authenticated writes must come from our own pages: browsers always send Origin on
// cross-site POST/PATCH/DELETE, so a foreign Origin is refused (bearer tokens are not ambient).
function checkSameOrigin(req: Request) {
  if (req.method === "GET" || req.method === "HEAD") return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "Cross-site request refused");
  }
  if (originHost !== host) throw new AppError("forbidden", "Cross-site request refused");
}

async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  const length = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > maxBytes) throw new AppError("payload_too_large", `Request body must be at most ${maxBytes} bytes`);
  if (!type.toLowerCase().startsWith("application/json")) {
    if (!req.body || length === 0) return {};
    throw new AppError("unsupported_media_type", "Send the body as application/json");
  }
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", `Request body must be at most ${maxBytes} bytes`);
  if (!text.trim()) return {};
  return parseJsonBody(text);
}

// zod, then the net for text PostgreSQL cannot store (NUL, lone surrogates) in ids, keys and queries
function parse<S extends Schema | undefined>(schema: S, input: unknown, where: InputPart): Out<S> {
  if (!schema) return undefined as Out<S>;
  return parseInput(schema, input, where) as Out<S>;
}

const CORS_ALLOW_HEADERS = "content-type, x-usertests-key, x-chunk-index, x-chunk-start-ms, x-chunk-duration-ms, x-span-start-index, x-chunk-level-db";

function originAllowed(origin: string, allowed: string[]): boolean {
  return origin === new URL(env().APP_URL).origin || allowed.includes(origin);
}

function withCors(res: Response, origin: string | null): Response {
  if (!origin) return res;
  const headers = new Headers(res.headers);
  headers.set("access-control-allow-origin", origin);
  headers.set("vary", "Origin");
  headers.set("access-control-expose-headers", "retry-after");
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

/**
 * OPTIONS handler for participant routes. Preflights carry no credentials, so the real check
 * happens on the request itself (route({ cors: true })); this only tells the browser what it may send.
 */
export function corsPreflight(methods = "GET, POST, PUT, OPTIONS") {
  return async (req: Request): Promise<Response> => {
    const origin = req.headers.get("origin");
    const res = new Response(null, {
      status: 204,
      headers: { "access-control-allow-methods": methods, "access-control-allow-headers": CORS_ALLOW_HEADERS, "access-control-max-age": "600" },
    });
    return withCors(res, origin);
  };
}

export function route<A extends AuthMode, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  options: RouteOptions<P, Q, B> & { auth: A },
  handler: (ctx: RouteContext<P, Q, B, A>) => Promise<unknown>,
) {
  return async (req: Request, nextCtx?: NextContext): Promise<Response> => {
    const origin = options.cors ? req.headers.get("origin") : null;
    try {
      // who is calling comes first: an anonymous caller learns nothing about a route's parameters
      let principal: Principal | PublicKeyCaller | null = null;
      if (options.auth === "public_key") {
        principal = await resolvePublicKey(req);
        if (origin && !originAllowed(origin, principal.allowedOrigins)) {
          throw new AppError("forbidden", `Origin ${origin} is not allowed for this project; add it in the project settings`);
        }
      } else {
        if (options.auth !== "public" || req.headers.has("authorization")) principal = await resolvePrincipal(req);
        if (options.auth !== "public" && !principal) throw unauthorized();
        if (options.auth === "user" && principal?.kind !== "user")
          throw new AppError("forbidden", "This needs a signed-in user or a personal API token, not a secret key");
        if (principal?.kind === "user" && principal.via === "session") checkSameOrigin(req);
      }

      const rawParams = nextCtx ? await nextCtx.params : {};
      const params = parse(options.params, rawParams, "params");
      const query = parse(options.query, Object.fromEntries(new URL(req.url).searchParams), "query");

      // a public key acts only on sessions of its own project, checked before any per-session budget is spent
      const sessionId = (params as { sessionId?: unknown } | undefined)?.sessionId;
      if (principal?.kind === "public_key" && typeof sessionId === "string") {
        await requireSessionOfProject({ sessionId, projectId: principal.projectId, ip: clientIp(req) });
      }

      if (options.rateLimit) {
        const limiter = rateLimiter();
        for (const [name, key] of options.rateLimit({ req, ip: clientIp(req), params: params as Out<P> })) await limiter.consume(name, key);
      }

      const body = options.body ? parse(options.body, await readJsonBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY), "body") : undefined;
      const result = await handler({ req, principal, params, query, body } as RouteContext<P, Q, B, A>);
      return withCors(result instanceof Response ? result : json(result), origin);
    } catch (e) {
      return withCors(toErrorResponse(e, req), origin);
    }
  };
}
