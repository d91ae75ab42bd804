// The SSRF guard: in production, targets on private, loopback, link-local or unique-local addresses
// are refused when saved (after DNS resolution) and again when dialled; outside production a loopback
// receiver is fine.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTargetUrl } from "./check-target-url";
import { guardedPost, TargetUnreachableError } from "./guarded-post";
import { isPrivateAddress } from "./private-address";

const PRODUCTION = { requireHttps: true, allowPrivate: false };
const PRODUCTION_HTTP = { requireHttps: false, allowPrivate: false };
const DEVELOPMENT = { requireHttps: false, allowPrivate: true };

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456:789a::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:a00:1",
    "ff02::1",
    "not an address",
  ])("%s is private", (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("%s is public", (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );
});

describe("checkTargetUrl", () => {
  const resolvingTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it.each([
    "https://127.0.0.1/x",
    "https://10.1.2.3/x",
    "https://169.254.169.254/latest/meta-data",
    "https://[::1]/x",
    "https://[fd00::5]/x",
  ])("production refuses %s", async (url) => {
    await expect(checkTargetUrl(url, PRODUCTION)).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/public address/),
    });
  });

  it("production refuses a DNS name that resolves to a private address (any of its addresses)", async () => {
    await expect(checkTargetUrl("https://hooks.example.test/x", PRODUCTION, { resolve: resolvingTo("10.0.0.7") })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      checkTargetUrl("https://hooks.example.test/x", PRODUCTION, { resolve: resolvingTo("93.184.216.34", "fc00::1") }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    // and "localhost" through the real resolver
    await expect(checkTargetUrl("https://localhost/x", PRODUCTION)).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("production accepts a public https target, and refuses http, credentials and other schemes", async () => {
    const ok = await checkTargetUrl("https://hooks.example.test/x", PRODUCTION, { resolve: resolvingTo("93.184.216.34") });
    expect(ok.toString()).toBe("https://hooks.example.test/x");
    await expect(
      checkTargetUrl("http://hooks.example.test/x", PRODUCTION, { resolve: resolvingTo("93.184.216.34") }),
    ).rejects.toMatchObject({
      details: { fields: { url: ["must use https"] } },
    });
    await expect(checkTargetUrl("https://u:p@hooks.example.test/x", PRODUCTION)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(checkTargetUrl("ftp://hooks.example.test/x", DEVELOPMENT)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(checkTargetUrl("not a url", DEVELOPMENT)).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("development and tests accept loopback targets", async () => {
    expect((await checkTargetUrl("http://127.0.0.1:9999/hooks", DEVELOPMENT)).host).toBe("127.0.0.1:9999");
    expect((await checkTargetUrl("http://localhost:9999/hooks", DEVELOPMENT)).host).toBe("localhost:9999");
  });
});

describe("guardedPost: the address actually dialled is checked", () => {
  let server: http.Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      hits++;
      res.writeHead(302, { location: "http://169.254.169.254/" }).end("moved");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("refuses a loopback IP and a name resolving to loopback without connecting (production rules over http)", async () => {
    await expect(guardedPost(new URL(`http://127.0.0.1:${port}/`), "{}", {}, PRODUCTION_HTTP)).rejects.toBeInstanceOf(
      TargetUnreachableError,
    );
    await expect(guardedPost(new URL(`http://localhost:${port}/`), "{}", {}, PRODUCTION_HTTP)).rejects.toThrow(/private, loopback/);
    await expect(guardedPost(new URL(`http://[::1]:${port}/`), "{}", {}, PRODUCTION_HTTP)).rejects.toThrow(/private, loopback/);
    expect(hits).toBe(0);
  });

  it("in development it connects, and does not follow a redirect", async () => {
    const res = await guardedPost(new URL(`http://localhost:${port}/`), "{}", {}, DEVELOPMENT);
    expect(res).toMatchObject({ status: 302, excerpt: "moved" });
    expect(hits).toBe(1);
  });
});
