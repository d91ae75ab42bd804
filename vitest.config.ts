import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next resolves `import "server-only"` itself (empty on the server, a build error in a client
      // bundle); tests run those modules on the server, as Next does.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{lib,app,inngest,prisma,scripts,packages,tests}/**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/file-database.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each test file gets its own database cloned from a migrated template (tests/setup).
    pool: "forks",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; inlined,
    // vite resolves it (tests/email/sign-in-email.test.ts runs Auth.js's handlers)
    server: { deps: { inline: ["next-auth"] } },
  },
});
