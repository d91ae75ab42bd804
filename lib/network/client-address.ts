// The client's address for per-address rate limits. X-Forwarded-For is written by whoever sends
// the request, so only the hops added by proxies we trust are believed: walking the chain
// [X-Forwarded-For…, the socket's peer] from the right, trusted proxies are skipped and the first
// address that is not one is the client. With no trusted proxy configured that is the socket's peer
// itself: a client that invents X-Forwarded-For values gains nothing.
//
// TRUSTED_PROXIES (lib/env.ts): a number of hops ("1" behind one load balancer), or a comma list
// of addresses and CIDR ranges ("10.0.0.0/8, 127.0.0.1"). The socket's peer comes from
// lib/network/peer-address.ts, which stamps it on every request before Next.js sees it.
import ipaddr from "ipaddr.js";
import { PEER_HEADER } from "./peer-address";

export type ProxyTrust = { hops: number } | { ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const v = (value ?? "").trim();
  if (!v) return { hops: 0 };
  if (/^\d+$/.test(v)) return { hops: Number(v) };
  return {
    ranges: v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) =>
        s.includes("/")
          ? ipaddr.parseCIDR(s)
          : ([ipaddr.parse(s), ipaddr.parse(s).kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number]),
      ),
  };
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4, as Node reports IPv4 peers on dual-stack sockets) as IPv4. */
function normalize(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!ipaddr.isValid(address)) return null;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

function trusted(address: string, trust: ProxyTrust): boolean {
  if (!("ranges" in trust)) return false;
  const ip = normalize(address);
  if (!ip) return false; // not an address: never a trusted proxy
  return trust.ranges.some(([range, bits]) => ip.kind() === range.kind() && ip.match(range, bits));
}

export function clientAddress(headers: Headers, trust: ProxyTrust): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_HEADER)?.trim();
  const chain = peer ? [...forwarded, peer] : forwarded;
  if (chain.length === 0) return "unknown";
  let client: string;
  if ("hops" in trust) client = chain[Math.max(0, chain.length - 1 - trust.hops)];
  else {
    let i = chain.length - 1;
    while (i > 0 && trusted(chain[i], trust)) i--;
    client = chain[i];
  }
  const ip = normalize(client);
  return ip ? ip.toString() : client;
}
