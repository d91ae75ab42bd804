// usertests api <METHOD> <PATH> — raw pass-through to any API route with this profile's credential.
import { bool, positionals, readJsonArg, str, strs } from "../lib/args";
import { serverErrorOf } from "../lib/client";
import { defineCommand } from "../lib/command";
import { ApiError, UsageError } from "../lib/errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

export default defineCommand({
  name: "api",
  summary: "Call any API route: usertests api GET /api/v1/me",
  usage: "<METHOD> <PATH> [--data <json|@file|@->] [--header <name:value>]… [--no-auth]",
  help: [
    "PATH starts with / and may carry a query string: /api/v1/projects/p1/sessions?limit=5",
    "--data <json|@file|@->  JSON request body (sent as application/json)",
    "--header <name:value>   extra request header (repeat)",
    "--no-auth               send no Authorization header (public and participant routes)",
    "The response body is printed as is (JSON pretty-printed); a non-2xx answer prints the error on",
    "stderr and sets the exit code (3 for 401, 4 for 404, else 1).",
  ],
  options: { data: { type: "string", short: "d" }, header: { type: "string", short: "H", multiple: true }, "no-auth": { type: "boolean" } },
  auth: "none",
  async run(ctx, args) {
    const [rawMethod, path] = positionals(args, ["METHOD", "PATH"]);
    const method = rawMethod.toUpperCase();
    if (!METHODS.includes(method)) throw new UsageError(`Unknown method "${rawMethod}" (${METHODS.join(", ")})`);
    if (!path.startsWith("/"))
      throw new UsageError(`PATH must start with / (got "${path}"); the base URL comes from the profile or --base-url`);
    const headers: Record<string, string> = {};
    for (const h of strs(args.values, "header") ?? []) {
      const at = h.indexOf(":");
      if (at <= 0) throw new UsageError(`--header must look like name:value (got "${h}")`);
      headers[h.slice(0, at).trim().toLowerCase()] = h.slice(at + 1).trim();
    }
    const rawData = str(args.values, "data");
    if (rawData !== undefined && (method === "GET" || method === "HEAD")) throw new UsageError(`${method} requests cannot have a body`);
    const body = rawData === undefined ? undefined : JSON.stringify(await readJsonArg(ctx.io, rawData));
    const noAuth = bool(args.values, "no-auth");
    const res = await ctx.api.request(method, path, { body, headers, auth: !noAuth, throwOnError: false });
    if (res.status >= 400) {
      throw new ApiError(method, new URL(path, "http://x").pathname, res.status, serverErrorOf(res.data), res.headers.get("retry-after"));
    }
    if (res.data === null) return;
    if (typeof res.data === "string") ctx.out.line(res.data);
    else ctx.out.json(res.data);
  },
});
