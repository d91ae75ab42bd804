import { describe, expect, it } from "vitest";
import { createApi } from "./api";
import type { Core, CoreFactory } from "./types";

function fakeCore(calls: string[]): Core {
  let id: string | null = null;
  return {
    start: async () => ((id = "s1"), calls.push("start"), { sessionId: "s1" }),
    pause: () => calls.push("pause"),
    resume: () => calls.push("resume"),
    stop: async () => void calls.push("stop"),
    end: async () => void calls.push("end"),
    marker: (name) => calls.push(`marker:${name}`),
    identify: (x) => calls.push(`identify:${x}`),
    sessionId: () => id,
  };
}

describe("the facade", () => {
  it("needs a key, and init() before start()", async () => {
    const api = createApi(async () => (async () => fakeCore([])) as CoreFactory, { endpoint: "https://ut.test" });
    await expect(api.start()).rejects.toThrow("init() first");
    await expect(api.init()).rejects.toThrow("no project key");
  });

  it("loads the core once from the endpoint, passes options, and forwards calls made while it loads", async () => {
    const calls: string[] = [];
    const seen: unknown[] = [];
    const api = createApi(
      async (endpoint) => {
        seen.push(endpoint);
        return (async (opts) => (seen.push(opts), fakeCore(calls))) as CoreFactory;
      },
      { key: "ut_pub_default", endpoint: "https://ut.test/" },
    );
    const init = api.init({ sessionId: "s0" });
    api.marker("early");
    await Promise.all([init, api.init()]);
    expect(seen).toEqual(["https://ut.test", { sessionId: "s0", key: "ut_pub_default", endpoint: "https://ut.test" }]);
    expect(await api.start({ audio: true })).toEqual({ sessionId: "s1" });
    expect(api.getSessionId()).toBe("s1");
    api.pause();
    api.identify("u1");
    await api.end();
    expect(calls).toEqual(["marker:early", "start", "pause", "identify:u1", "end"]);
  });

  it("delivers events to listeners until unsubscribed", async () => {
    let emitFn: ((e: "state", d: unknown) => void) | null = null;
    const api = createApi(async () => (async (_o, emit) => ((emitFn = emit), fakeCore([]))) as CoreFactory, { key: "k", endpoint: "" });
    const got: unknown[] = [];
    const off = api.on("state", (d) => got.push(d));
    await api.init();
    emitFn!("state", { state: "recording" });
    off();
    emitFn!("state", { state: "stopped" });
    expect(got).toEqual([{ state: "recording" }]);
  });

  it("can retry a failed init", async () => {
    let attempts = 0;
    const api = createApi(
      async () => {
        if (attempts++ === 0) throw new Error("offline");
        return (async () => fakeCore([])) as CoreFactory;
      },
      { key: "k", endpoint: "" },
    );
    await expect(api.init()).rejects.toThrow("offline");
    await expect(api.init()).resolves.toBeUndefined();
  });
});
