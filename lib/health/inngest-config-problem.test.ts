// /api/health's "Inngest is not configured in production" reason, and where the outbox says events go
// (the same derivation as the Inngest SDK, so messages name the server that did not answer).
import { describe, expect, it } from "vitest";
import { inngestTarget } from "@/lib/outbox/inngest-target";
import { inngestConfigProblem } from "./check-health";

describe("inngestConfigProblem", () => {
  const base = { NODE_ENV: "production" as const, INNGEST_DEV: undefined, INNGEST_EVENT_KEY: undefined, INNGEST_SIGNING_KEY: undefined };
  it("names the missing keys in production", () => {
    expect(inngestConfigProblem(base)).toMatch(/^Inngest is not configured: set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY/);
    expect(inngestConfigProblem({ ...base, INNGEST_EVENT_KEY: "evt" })).toMatch(/set INNGEST_SIGNING_KEY \(/);
  });
  it("is satisfied by both keys, by a dev server, and outside production", () => {
    expect(inngestConfigProblem({ ...base, INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "sig" })).toBeNull();
    expect(inngestConfigProblem({ ...base, INNGEST_DEV: "http://inngest:8288" })).toBeNull();
    expect(inngestConfigProblem({ ...base, NODE_ENV: "development" })).toBeNull();
  });
});

describe("inngestTarget", () => {
  const none = { INNGEST_DEV: undefined, INNGEST_BASE_URL: undefined, INNGEST_EVENT_KEY: undefined };
  it("follows the SDK: INNGEST_BASE_URL, then a dev-server URL in INNGEST_DEV, then the mode's default", () => {
    expect(inngestTarget({ ...none, INNGEST_DEV: "1" })).toEqual({ mode: "dev", url: "http://localhost:8288/", configured: true });
    expect(inngestTarget({ ...none, INNGEST_DEV: "http://127.0.0.1:9999" })).toEqual({
      mode: "dev",
      url: "http://127.0.0.1:9999/",
      configured: true,
    });
    expect(inngestTarget({ ...none, INNGEST_DEV: "1", INNGEST_BASE_URL: "http://inngest.internal/" })).toMatchObject({
      url: "http://inngest.internal/",
    });
    expect(inngestTarget(none)).toEqual({ mode: "cloud", url: "https://inn.gs/", configured: false });
    expect(inngestTarget({ ...none, INNGEST_EVENT_KEY: "evt" })).toEqual({ mode: "cloud", url: "https://inn.gs/", configured: true });
    expect(inngestTarget({ ...none, INNGEST_DEV: "0", INNGEST_EVENT_KEY: "evt" })).toMatchObject({ mode: "cloud" });
  });
});
