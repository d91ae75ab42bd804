// Only proxies we trust may name the client: a client that sends its own X-Forwarded-For (or our
// peer header) gains nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, parseProxyTrust } from "./client-address";
import { PEER_HEADER, stampPeerAddresses } from "./peer-address";

const h = (xff: string | null, peer: string | null) => {
  const headers = new Headers();
  if (xff !== null) headers.set("x-forwarded-for", xff);
  if (peer !== null) headers.set(PEER_HEADER, peer);
  return headers;
};

describe("clientAddress", () => {
  it("without trusted proxies the socket's peer is the client, whatever X-Forwarded-For says", () => {
    const none = parseProxyTrust(undefined);
    expect(clientAddress(h("1.2.3.4", "203.0.113.9"), none)).toBe("203.0.113.9");
    expect(clientAddress(h("9.9.9.9, 8.8.8.8", "::ffff:203.0.113.9"), none)).toBe("203.0.113.9");
  });

  it("behind N trusted hops, the address the outermost trusted proxy saw", () => {
    const one = parseProxyTrust("1");
    // the client forged "1.2.3.4"; the load balancer appended the real address 198.51.100.7
    expect(clientAddress(h("1.2.3.4, 198.51.100.7", "10.0.0.2"), one)).toBe("198.51.100.7");
    expect(clientAddress(h(null, "10.0.0.2"), one)).toBe("10.0.0.2");
  });

  it("with trusted ranges, the rightmost address that is not a trusted proxy", () => {
    const ranges = parseProxyTrust("10.0.0.0/8, 127.0.0.1, ::1");
    expect(clientAddress(h("1.2.3.4, 198.51.100.7, 10.1.2.3", "127.0.0.1"), ranges)).toBe("198.51.100.7");
    // a direct client (not through a trusted proxy) cannot forge anything
    expect(clientAddress(h("10.9.9.9", "203.0.113.5"), ranges)).toBe("203.0.113.5");
  });

  it("refuses a malformed TRUSTED_PROXIES value", () => {
    expect(() => parseProxyTrust("10.0.0.0/99")).toThrow();
    expect(() => parseProxyTrust("proxy.internal")).toThrow();
  });
});

describe("stampPeerAddresses", () => {
  it("every request carries its socket's address under our header; a client's own value is overwritten", async () => {
    stampPeerAddresses();
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers[PEER_HEADER] as string | undefined);
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await (await fetch(url, { headers: { [PEER_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } })).text();
    await new Promise<void>((r) => server.close(() => r()));
    expect(seen).toEqual(["127.0.0.1"]);
  });
});
