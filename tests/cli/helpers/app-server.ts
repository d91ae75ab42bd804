// The app's API on a real HTTP port, in the test process: a node:http server that dispatches each
// request to the Next route handler for its path (app/api/**/route.ts), the way Next would, with a
// real Request and `{ params }`. Unknown paths answer 404 with an HTML page and known paths without
// the method 405, as `next start` does — the CLI tells these apart from the API's JSON errors.
// Import it only after the test's environment is set: it loads the app's modules on start().
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

interface RouteEntry {
  file: string;
  segments: string[];
  module?: Record<string, unknown>;
}

export interface ExtraRoute {
  method: string;
  /** "/api/v1/cli/token" or with :params, "/cli/authorize" */
  path: string;
  handler: (req: Request, params: Record<string, string>) => Promise<Response> | Response;
}

const ROOT = path.resolve(import.meta.dirname, "../../..");
// Sign-in (Auth.js) and the Inngest endpoint are not part of what the CLI talks to.
const SKIP = [/^app\/api\/auth\//, /^app\/api\/inngest\//];

function findRoutes(dir: string): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findRoutes(full));
    else if (entry.name === "route.ts") {
      const rel = path.relative(ROOT, full).split(path.sep).join("/");
      if (SKIP.some((r) => r.test(rel))) continue;
      out.push({
        file: full,
        segments: rel
          .replace(/^app\//, "")
          .replace(/\/route\.ts$/, "")
          .split("/"),
      });
    }
  }
  return out;
}

function match(segments: string[], parts: string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.startsWith("[") && s.endsWith("]")) params[s.slice(1, -1)] = decodeURIComponent(parts[i]);
    else if (s !== parts[i]) return null;
  }
  return params;
}

/** Static segments win over dynamic ones (keys/rotate-public before keys/[keyId]), as in Next. */
function specificity(segments: string[]): string {
  return segments.map((s) => (s.startsWith("[") ? "0" : "1")).join("");
}

const NOT_FOUND_PAGE =
  "<!DOCTYPE html><html><head><title>404: This page could not be found.</title></head><body><h1>404</h1></body></html>";

export interface AppServer {
  url: string;
  /** every request served, for assertions */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

export async function startAppServer(options: { extraRoutes?: ExtraRoute[] } = {}): Promise<AppServer> {
  const routes = findRoutes(path.join(ROOT, "app", "api")).sort((a, b) => specificity(b.segments).localeCompare(specificity(a.segments)));
  for (const r of routes) r.module = (await import(r.file)) as Record<string, unknown>;
  const extras = (options.extraRoutes ?? []).map((e) => ({
    ...e,
    segments: e.path
      .replace(/^\//, "")
      .split("/")
      .map((s) => (s.startsWith(":") ? `[${s.slice(1)}]` : s)),
  }));
  const requests: AppServer["requests"] = [];

  const server = http.createServer(async (req, res) => {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    const parts = url.pathname.replace(/^\/+|\/+$/g, "").split("/");
    let response: Response;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const body = chunks.length && method !== "GET" && method !== "HEAD" ? Buffer.concat(chunks) : undefined;
      const request = new Request(url, { method, headers, body });

      const extra = extras.find((e) => e.method === method && match(e.segments, parts));
      const route = routes.find((r) => match(r.segments, parts));
      if (extra) response = await extra.handler(request, match(extra.segments, parts)!);
      else if (!route) response = new Response(NOT_FOUND_PAGE, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
      else {
        const handler = route.module?.[method] as Handler | undefined;
        response = handler
          ? await handler(request, { params: Promise.resolve(match(route.segments, parts)!) })
          : new Response(null, {
              status: 405,
              headers: { allow: ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => route.module?.[m]).join(", ") },
            });
      }
    } catch (e) {
      response = Response.json({ error: { code: "internal", message: `test server: ${(e as Error).message}` } }, { status: 500 });
    }
    requests.push({ method, path: url.pathname, status: response.status });
    const headers: Record<string, string> = {};
    response.headers.forEach((v, k) => (headers[k] = v));
    res.writeHead(response.status, headers);
    if (response.body && method !== "HEAD") Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
    else res.end();
  });
  // Client and server share this (busy) process: a long keep-alive keeps a pooled socket from being
  // closed by the server at the moment the client reuses it (ECONNRESET).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
