// The route wrapper every API handler goes through: authentication, the project access check for
// project routes, zod parsing of path, query and body (read through the one body reader,
// lib/request-body.ts), CSRF protection for cookie sessions, and mapping of errors to
// { "error": { "code", "message", "details?" } } with the right status. A new route cannot forget any
// of them, and each route's declaration is readable (handler.declaration) so tests can list every
// route with its access level (tests/api/route-inventory.test.ts, tests/api/permissions.test.ts).
import { z } from "zod";
import type { Project, Role } from "@/generated/prisma/client";
import { type Principal, resolvePrincipal } from "./access/principal";
import { type PublicKeyCaller, resolvePublicKey } from "./access/public-key";
import { requireProjectAccess } from "./access/require-project-access";
import { ACCESS, type AccessLevel } from "./access/roles";
import { env } from "./env";
import { AppError, isDatabaseUnavailable, unauthorized, validationError } from "./errors";
import { log } from "./log";
import type { LimitName } from "./rate-limit/limits";
import { requireSessionOfProject } from "./access/require-session-of-project";
import { clientIp, rateLimiter } from "./rate-limit/rate-limiter";
import { type JsonBodyFormat, readBodyStream, readJsonBody, readTextBody, type StreamedBody } from "./request-body";
import { type InputPart, parseInput } from "./validation/storable-input";

type Schema = z.ZodType;
/**
 * `body: "stream"`: the raw bytes, handed to the handler under the byte limit (media chunks);
 * `body: "text"`: the exact text, any content type (a signed webhook).
 */
type BodyOption = Schema | "stream" | "text";
type Out<S> = S extends "stream" ? StreamedBody : S extends "text" ? string : S extends Schema ? z.output<S> : undefined;

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
  /** a zod schema for a JSON body, "text" for raw text or "stream" for raw bytes; all are read by the wrapper */
  body?: B;
  /** "json" (default) or "beacon": text/plain holding JSON is accepted too (lib/request-body.ts) */
  bodyFormat?: JsonBodyFormat;
  /**
   * bytes (default 1 MiB); a larger body is refused with 413 from its Content-Length before being
   * read, and while it is read. May depend on the path (a screen chunk may be larger than audio).
   */
  maxBodyBytes?: number | ((params: Out<P>) => number);
  /**
   * Cross-origin access for participant routes: the Origin must be one of the project's allowed
   * origins or the app's own; responses carry the CORS headers (use `corsPreflight` for OPTIONS).
   */
  cors?: boolean;
  rateLimit?: RateLimitRule<Out<P>>;
}

/**
 * A route whose path names a project must declare the access it needs, checked by the wrapper
 * before the handler runs: view (viewer), work (member), admin (admin), owner (owner). Only
 * principal and user routes can have one (public keys never act on a project's management API).
 */
type HasProjectId<P> = P extends Schema ? ("projectId" extends keyof z.output<P> ? true : false) : false;
type AccessOption<P, A extends AuthMode> =
  HasProjectId<P> extends true ? { access: A extends "principal" | "user" ? AccessLevel : never } : { access?: never };

/** What the access check found: the project and the caller's role in it (a secret key acts as member). */
type ProjectContext<P> = HasProjectId<P> extends true ? { project: Project; role: Role } : unknown;

/** A route as declared, readable from its handler (handler.declaration) by the inventory tests. */
export interface RouteDeclaration {
  auth: AuthMode;
  access?: AccessLevel;
  /** names of the path parameters the route parses */
  params: string[];
  body: "none" | JsonBodyFormat | "text" | "stream";
  cors: boolean;
  rateLimited: boolean;
}

export type RouteHandler = ((req: Request, nextCtx?: NextContext) => Promise<Response>) & { declaration: RouteDeclaration };

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
  return json(
    { error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } },
    error.status,
    headers,
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

/**
 * A JSON response with its Content-Length. Without a length Next streams the body chunked and its
 * compression middleware gzips every answer, even the SDK's 30-byte acknowledgements; with it,
 * bodies under compression's 1 KB threshold go out as they are (bench:http, ADR 018).
 */
export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  const body = JSON.stringify(data);
  const h = new Headers(headers);
  h.set("content-type", "application/json");
  h.set("content-length", String(Buffer.byteLength(body)));
  return new Response(body, { status, headers: h });
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

// Hand-written checks for a hot path's valid bodies (the SDK's event batches): they return exactly
// what the schema would, or undefined to let zod decide and report (ADR 018).
const fastPaths = new WeakMap<Schema, (input: unknown) => unknown>();

/** The schema, declared as usual, with a cheaper parser tried first; it must agree with the schema (test it). */
export function withFastPath<S extends Schema>(schema: S, fast: (input: unknown) => z.output<S> | undefined): S {
  fastPaths.set(schema, fast);
  return schema;
}

// zod, then the net for text PostgreSQL cannot store (NUL, lone surrogates) in ids, keys and queries
function parse<S extends Schema | undefined>(schema: S, input: unknown, where: InputPart): Out<S> {
  if (!schema) return undefined as Out<S>;
  const fast = fastPaths.get(schema)?.(input);
  if (fast !== undefined) return fast as Out<S>;
  return parseInput(schema, input, where) as Out<S>;
}

const CORS_ALLOW_HEADERS =
  "content-type, x-usertests-key, x-chunk-index, x-chunk-start-ms, x-chunk-duration-ms, x-span-start-index, x-chunk-level-db";

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
  // marked so the route inventory can tell a preflight from an unwrapped handler
  return Object.assign(preflight(methods), { preflight: true as const });
}

function preflight(methods: string) {
  return async (req: Request): Promise<Response> => {
    const origin = req.headers.get("origin");
    const res = new Response(null, {
      status: 204,
      headers: {
        "access-control-allow-methods": methods,
        "access-control-allow-headers": CORS_ALLOW_HEADERS,
        "access-control-max-age": "600",
      },
    });
    return withCors(res, origin);
  };
}

/** The keys of a params schema (an object, possibly piped through a transform). */
function schemaKeys(schema: Schema | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return schemaKeys(schema.in as Schema);
  return [];
}

/** Refuses, when the module loads, a declaration the types should already have refused. */
function declare(options: RouteOptions<unknown, unknown, unknown> & { access?: AccessLevel }): RouteDeclaration {
  const params = schemaKeys(options.params as Schema | undefined);
  const projectRoute = params.includes("projectId");
  if (projectRoute && !options.access) throw new Error("route(): a route with a projectId parameter must declare its access level");
  if (options.access && !projectRoute) throw new Error("route(): an access level needs a projectId parameter to check it against");
  if (options.access && options.auth !== "principal" && options.auth !== "user") {
    throw new Error(`route(): access levels are for principal or user routes, not ${options.auth}`);
  }
  const body =
    options.body === undefined
      ? "none"
      : options.body === "stream" || options.body === "text"
        ? options.body
        : (options.bodyFormat ?? "json");
  return {
    auth: options.auth,
    access: options.access,
    params,
    body,
    cors: options.cors === true,
    rateLimited: options.rateLimit !== undefined,
  };
}

export function route<
  A extends AuthMode,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends BodyOption | undefined = undefined,
>(
  options: RouteOptions<P, Q, B> & { auth: A } & AccessOption<P, A>,
  handler: (ctx: RouteContext<P, Q, B, A> & ProjectContext<P>) => Promise<unknown>,
): RouteHandler {
  const declaration = declare(options as RouteOptions<unknown, unknown, unknown> & { access?: AccessLevel });
  const run = async (req: Request, nextCtx?: NextContext): Promise<Response> => {
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

      // Next passes no params object for a route without dynamic segments (production build)
      const rawParams = (nextCtx ? await nextCtx.params : undefined) ?? {};
      // a path that names a project is never served by a route that checks no access
      if (!declaration.access && "projectId" in rawParams)
        throw new Error("route(): a projectId path reached a route without an access level");
      const params = parse(options.params, rawParams, "params");
      // the URL is parsed only for a route that reads its query (the SDK's hot paths do not)
      const query = options.query ? parse(options.query, Object.fromEntries(new URL(req.url).searchParams), "query") : undefined;

      // a public key acts only on sessions of its own project, checked before any per-session budget is spent
      const sessionId = (params as { sessionId?: unknown } | undefined)?.sessionId;
      if (principal?.kind === "public_key" && typeof sessionId === "string") {
        await requireSessionOfProject({ sessionId, projectId: principal.projectId, ip: clientIp(req) });
      }

      if (options.rateLimit) {
        const limiter = rateLimiter();
        for (const [name, key] of options.rateLimit({ req, ip: clientIp(req), params: params as Out<P> })) await limiter.consume(name, key);
      }

      const raw = await readBody(req, options, params as Out<P>);
      const body = options.body === undefined || typeof options.body === "string" ? raw : parse(options.body as Schema, raw, "body");
      // the project check runs once the request is known to be well-formed, as it always has: a
      // malformed request is a 400 whoever sends it, and non-members still learn nothing (404)
      const access = declaration.access
        ? await requireProjectAccess(principal as Principal, (params as { projectId: string }).projectId, ACCESS[declaration.access])
        : undefined;
      const ctx = { req, principal, params, query, body, project: access?.project, role: access?.role };
      const result = await handler(ctx as unknown as RouteContext<P, Q, B, A> & ProjectContext<P>);
      return withCors(result instanceof Response ? result : json(result), origin);
    } catch (e) {
      return withCors(toErrorResponse(e, req), origin);
    }
  };
  return Object.assign(run, { declaration });
}

/** The body through the one reader: nothing, JSON (or sendBeacon's text/plain), raw text, or the limited stream. */
async function readBody<P>(req: Request, options: RouteOptions<P, unknown, unknown>, params: Out<P>): Promise<unknown> {
  if (options.body === undefined) return undefined;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxBytes = typeof limit === "function" ? limit(params) : limit;
  if (options.body === "stream") return readBodyStream(req, maxBytes);
  if (options.body === "text") return readTextBody(req, maxBytes);
  return readJsonBody(req, { maxBytes, format: options.bodyFormat });
}
