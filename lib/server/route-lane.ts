// A lane: request paths our own node:http server hands straight to their route handlers instead of
// through Next's request handling (ADR 020). The handlers are the routes' own exports, so key
// checks, CORS, rate limits, validation, error shapes and storage are the ones every other caller
// goes through; only the way in differs: no Next routing, no second URL parse, no body copy, one
// socket write. app/api/sdk/sessions/ingestion-lane.ts declares which paths take it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { toErrorResponse } from "@/lib/http";
import { STATIC_SECURITY_HEADERS } from "@/lib/security/security-headers";
import { nodeRequestAsWeb } from "./node-request-as-web";
import { sendWebResponse } from "./send-web-response";

export type LaneHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface LanePath {
  /** the App Router path, e.g. "/api/sdk/sessions/[sessionId]/events" */
  route: string;
  /** the methods the route exports that the lane serves */
  methods: Partial<Record<string, LaneHandler>>;
}

export interface LaneMatch {
  handler: LaneHandler;
  params: Record<string, string>;
}

export type Lane = (method: string | undefined, url: string | undefined) => LaneMatch | undefined;

// Plain ids only: a segment Next would have to percent-decode (or refuse) goes to Next, as does any
// method a route does not export (Next answers 405) and any trailing slash (Next redirects).
const SEGMENT = "([A-Za-z0-9_-]{1,200})";

function compile(path: LanePath) {
  const params: string[] = [];
  const source = path.route.replace(/\[([A-Za-z]+)\]/g, (_, name: string) => (params.push(name), SEGMENT)).replace(/[.]/g, "\\.");
  return { pattern: new RegExp(`^${source}$`), params, methods: path.methods };
}

/** The matcher for these paths: the handler and path parameters of a request the lane serves, or undefined. */
export function routeLane(paths: LanePath[]): Lane {
  const compiled = paths.map(compile);
  const prefix = commonPrefix(paths.map((p) => p.route.split("[")[0]));
  return (method, url) => {
    if (!method || !url?.startsWith(prefix)) return undefined;
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    for (const path of compiled) {
      const handler = path.methods[method];
      if (!handler) continue;
      const found = path.pattern.exec(pathname);
      if (found) return { handler, params: Object.fromEntries(path.params.map((name, i) => [name, found[i + 1]])) };
    }
    return undefined;
  };
}

function commonPrefix(strings: string[]): string {
  return strings.reduce((a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return a.slice(0, i);
  });
}

// what next.config.ts's headers() adds to every answer, so both ways in answer alike
const SECURITY_HEADERS = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]));

export async function serveFromLane(match: LaneMatch, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response;
  try {
    response = await match.handler(nodeRequestAsWeb(req), { params: Promise.resolve(match.params) });
  } catch (e) {
    // the handlers answer their own errors; this is a request Node let through that a web Request refuses
    response = toErrorResponse(e);
  }
  try {
    await sendWebResponse(response, req, res, SECURITY_HEADERS);
  } catch {
    // the client went away while we answered: nothing is left to tell it
    res.destroy();
  }
}
