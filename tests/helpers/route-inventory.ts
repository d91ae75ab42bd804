// Every API route file and what each exported handler declares (route() keeps its declaration on
// the handler). The route-inventory test checks the list; the permission matrix is generated from it.
import fs from "node:fs";
import path from "node:path";
import type { RouteDeclaration } from "@/lib/http";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Exported handlers that are not route(): each speaks someone else's protocol and checks its own callers. */
export const NOT_WRAPPED: Record<string, string> = {
  "GET /api/auth/[...nextauth]": "Auth.js's own sign-in handlers",
  "POST /api/auth/[...nextauth]": "Auth.js's own sign-in handlers",
  "GET /api/inngest": "Inngest's serve handler, which verifies the job engine's signing key",
  "POST /api/inngest": "Inngest's serve handler, which verifies the job engine's signing key",
  "PUT /api/inngest": "Inngest's serve handler, which verifies the job engine's signing key",
  "GET /api/health": "the probe answers even when the database is down: no credentials, no input, nothing to check",
  "GET /api/livez": "the liveness probe and bench:http's floor of a Next request: nothing to read, check or answer but 204",
};

export interface DeclaredRoute {
  /** "METHOD /api/…" with the folder's [segments] */
  key: string;
  method: string;
  path: string;
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  declaration: RouteDeclaration;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

/** app/api/**\/route.ts, relative to the repository, sorted. */
export function routeFiles(root = ROOT): string[] {
  return (fs.readdirSync(path.join(root, "app/api"), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => path.posix.join("app/api", f.split(path.sep).join("/")))
    .sort();
}

/** "app/api/v1/projects/[projectId]/route.ts" → "/api/v1/projects/[projectId]" */
export function routePath(file: string): string {
  return "/" + path.posix.dirname(file).replace(/^app\//, "");
}

const dynamicSegments = (routePathname: string) =>
  routePathname
    .split("/")
    .map((s) => /^\[(?:\.\.\.)?(\w+)\]$/.exec(s)?.[1])
    .filter((s): s is string => s !== undefined);

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The handlers one route module exports, and what is wrong with them: a handler that is not a
 * route() (unless listed in `notWrapped` with its reason), path parameters that differ from the
 * folder's, a project route without an access level, an access level on a route that cannot have one.
 */
export function checkRouteModule(
  routePathname: string,
  mod: Record<string, unknown>,
  notWrapped: Record<string, string> = NOT_WRAPPED,
): { routes: DeclaredRoute[]; problems: string[] } {
  const routes: DeclaredRoute[] = [];
  const problems: string[] = [];
  const segments = dynamicSegments(routePathname);
  for (const method of HTTP_METHODS) {
    const handler = mod[method];
    if (handler === undefined) continue;
    const key = `${method} ${routePathname}`;
    if (notWrapped[key]) continue;
    if (method === "OPTIONS" && (handler as { preflight?: boolean }).preflight === true) continue;
    const declaration = (handler as { declaration?: RouteDeclaration }).declaration;
    if (typeof handler !== "function" || !declaration) {
      problems.push(`${key} is not a route() handler: declare it with route() from lib/http.ts`);
      continue;
    }
    if (!sameSet(declaration.params, segments)) {
      problems.push(`${key} parses params [${declaration.params.join(", ")}] but its folder names [${segments.join(", ")}]`);
    }
    if (segments.includes("projectId") && !declaration.access) problems.push(`${key} names a project but declares no access level`);
    if (declaration.access && declaration.auth !== "principal" && declaration.auth !== "user") {
      problems.push(`${key} declares access "${declaration.access}" on a ${declaration.auth} route`);
    }
    routes.push({ key, method, path: routePathname, handler: handler as DeclaredRoute["handler"], declaration });
  }
  return { routes, problems };
}

/** The HTTP method names a route file's source exports (export const|function GET, export const { GET, POST }, export { GET }). */
export function exportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|let|function)\s+(\w+)/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s+(?:const|let)?\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return HTTP_METHODS.filter((method) => names.has(method));
}

/**
 * Imports every route file and checks it; a file whose handlers are all listed in NOT_WRAPPED is
 * read, not imported (Auth.js's handlers need Next's runtime). Also reports NOT_WRAPPED entries
 * naming no exported handler.
 */
export async function loadRoutes(): Promise<{ routes: DeclaredRoute[]; problems: string[] }> {
  const routes: DeclaredRoute[] = [];
  const problems: string[] = [];
  const exported = new Set<string>();
  for (const file of routeFiles()) {
    const methods = exportedMethods(fs.readFileSync(path.join(ROOT, file), "utf8"));
    for (const method of methods) exported.add(`${method} ${routePath(file)}`);
    if (methods.length > 0 && methods.every((method) => NOT_WRAPPED[`${method} ${routePath(file)}`])) continue;
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const found = checkRouteModule(routePath(file), mod);
    routes.push(...found.routes);
    problems.push(...found.problems);
    for (const method of HTTP_METHODS) if (mod[method] !== undefined) exported.add(`${method} ${routePath(file)}`);
  }
  for (const key of Object.keys(NOT_WRAPPED))
    if (!exported.has(key)) problems.push(`NOT_WRAPPED lists ${key}, which no route file exports`);
  return { routes, problems };
}
