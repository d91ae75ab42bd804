// One POST to an integration target with the SSRF guard applied where it cannot be dodged: at connect
// time, on the address actually dialled (a DNS answer that changed since the URL was saved, or a name
// that resolves inside, is refused). Redirects are not followed; a slow target times out.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "./private-address";
import type { TargetPolicy } from "./target-policy";

export const EXCERPT_CHARS = 500;
const MAX_READ_BYTES = 64 * 1024;

export interface PostOutcome {
  status: number;
  latencyMs: number;
  /** the first characters of the response body */
  excerpt: string;
}

/** A failure before any HTTP status: refused target, DNS, connection, timeout. */
export class TargetUnreachableError extends Error {
  constructor(
    message: string,
    public readonly latencyMs: number,
  ) {
    super(message);
    this.name = "TargetUnreachableError";
  }
}

const REFUSED = "the target resolves to a private, loopback or link-local address, which is refused";

/** dns.lookup that fails for private addresses; answers in both shapes net.connect asks for (`all` or not). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 4);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0 || usable.length !== addresses.length) return callback(new Error(REFUSED), "", 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };
}

export function guardedPost(
  url: URL,
  body: string,
  headers: Record<string, string>,
  policy: TargetPolicy,
  timeoutMs = 10_000,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve, reject) => {
    const fail = (message: string) => reject(new TargetUnreachableError(message, elapsed()));
    if (url.protocol !== "https:" && url.protocol !== "http:") return fail("only http(s) targets are supported");
    if (policy.requireHttps && url.protocol !== "https:") return fail("the target must use https");
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!policy.allowPrivate && isIP(host) && isPrivateAddress(host)) return fail(REFUSED);

    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "UserTests-Webhooks/1",
        ...headers,
        "content-length": Buffer.byteLength(body),
      },
      lookup: guardedLookup(policy.allowPrivate),
      timeout: timeoutMs,
    });
    req.on("timeout", () => req.destroy(new Error(`no response within ${Math.round(timeoutMs / 1000)} s`)));
    req.on("error", (e) => fail(e.message || "connection failed"));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        if (size < MAX_READ_BYTES) chunks.push(c);
        size += c.length;
        // enough read for the excerpt; the rest of a large answer is not our business
        if (size >= MAX_READ_BYTES) res.destroy();
      });
      const done = () =>
        resolve({
          status: res.statusCode ?? 0,
          latencyMs: elapsed(),
          excerpt: Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS),
        });
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.end(body);
  });
}
