import { describe, expect, it } from "vitest";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";

describe("malformed percent-encoded paths", () => {
  it("knows paths Next's router cannot decode", () => {
    for (const p of ["/api/sdk/sessions/%E0%A4%A/events", "/api/x/%FF", "/api/x/%ED%A0%80", "/u/interview/%C3", "/api/%"])
      expect(isMalformedPath(p), p).toBe(true);
    for (const p of ["/api/sdk/sessions/abc/events", "/api/x/%C3%A9", "/api/x/%F0%9F%98%80", "/api/x/%00", "/"])
      expect(isMalformedPath(p), p).toBe(false);
  });

  it("answers them with the documented JSON error, and lets others through", async () => {
    const res = malformedPathResponse("/api/x/%FF")!;
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
    expect(malformedPathResponse("/api/x/ok")).toBeNull();
  });
});
