import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, pageKindOf, permissionsPolicy } from "./security-headers";

describe("security headers", () => {
  it("participant pages are /u/…, everything else is the dashboard", () => {
    expect(pageKindOf("/u/interview/abc")).toBe("participant");
    expect(pageKindOf("/u/screener/x")).toBe("participant");
    expect(pageKindOf("/projects/p/sessions")).toBe("dashboard");
    expect(pageKindOf("/users")).toBe("dashboard");
  });

  it("scripts need the request's nonce; the dashboard cannot be framed; participant pages can", () => {
    const dashboard = contentSecurityPolicy({ nonce: "abc123", kind: "dashboard", dev: false });
    expect(dashboard).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(dashboard).not.toContain("unsafe-eval");
    expect(dashboard).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(dashboard).toContain("frame-ancestors 'none'");
    expect(dashboard).toContain("object-src 'none'");
    expect(contentSecurityPolicy({ nonce: "n", kind: "participant", dev: false })).not.toContain("frame-ancestors");
    // next dev needs eval for its overlay and hot reload, never in production
    expect(contentSecurityPolicy({ nonce: "n", kind: "dashboard", dev: true })).toContain("'unsafe-eval'");
  });

  it("only participant pages may ask for the microphone and the screen", () => {
    expect(permissionsPolicy("participant")).toContain("microphone=(self)");
    expect(permissionsPolicy("participant")).toContain("display-capture=(self)");
    expect(permissionsPolicy("dashboard")).toContain("microphone=()");
    expect(permissionsPolicy("dashboard")).toContain("display-capture=()");
    expect(permissionsPolicy("dashboard")).toContain("camera=()");
  });
});
