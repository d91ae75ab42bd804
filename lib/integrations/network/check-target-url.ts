// Validates an integration target URL when it is saved: scheme, no embedded credentials, and (when the
// policy refuses private targets) every address the host resolves to must be public. Delivery checks
// the address again at connect time (guarded-post.ts), since DNS can change after saving.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "@/lib/errors";
import { isPrivateAddress } from "./private-address";
import type { TargetPolicy } from "./target-policy";

export type ResolveHost = (host: string) => Promise<string[]>;

const resolveAll: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const invalid = (field: string, message: string) => new AppError("validation_failed", message, { fields: { [field]: [message] } });

export async function checkTargetUrl(raw: string, policy: TargetPolicy, options: { field?: string; resolve?: ResolveHost } = {}) {
  const field = options.field ?? "url";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(field, "must be a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalid(field, "must be an http(s) URL");
  if (policy.requireHttps && url.protocol !== "https:") throw invalid(field, "must use https");
  if (url.username || url.password) throw invalid(field, "must not contain a user name or password");
  if (policy.allowPrivate) return url;

  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? resolveAll)(host);
    } catch {
      throw invalid(field, `the host ${host} could not be resolved`);
    }
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw invalid(field, "must point to a public address (private, loopback and link-local targets are refused)");
  }
  return url;
}
