import { describe, expect, it } from "vitest";
import { checkSlackUrl } from "./check-slack-url";

const PRODUCTION = { requireHttps: true, allowPrivate: false };
const DEVELOPMENT = { requireHttps: false, allowPrivate: true };

// no DNS in tests: hooks.slack.com "resolves" to a public address
const resolve = async () => ["52.0.0.1"];

describe("checkSlackUrl", () => {
  it("production accepts only https://hooks.slack.com/services/…", async () => {
    expect((await checkSlackUrl("https://hooks.slack.com/services/T0/B0/abc", PRODUCTION, { resolve })).host).toBe("hooks.slack.com");
    for (const url of [
      "https://example.com/services/T0/B0/abc",
      "http://hooks.slack.com/services/T0/B0/abc",
      "https://127.0.0.1/services/x",
    ])
      await expect(checkSlackUrl(url, PRODUCTION, { resolve })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("development accepts a loopback stand-in", async () => {
    expect((await checkSlackUrl("http://127.0.0.1:4000/services/T0/B0/abc", DEVELOPMENT)).port).toBe("4000");
  });
});
