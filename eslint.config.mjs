import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import usertests from "./lint-rules/index.mjs";

// Modules that must never reach a browser bundle: the database, the environment (secrets), sign-in,
// recorded media storage, the model clients and the GitHub credentials. A trailing "/" is a folder.
const SERVER_ONLY = [
  "lib/db.ts",
  "lib/env.ts",
  "lib/auth.ts",
  "lib/storage/",
  "lib/ai/",
  "lib/security/secret-tokens.ts",
  "lib/github/credential-cipher.ts",
  "lib/github/github-client.ts",
  "inngest/",
];

// The database client is lib/'s: routes, pages, components and jobs call use-cases in lib/ instead
// (issue #13). Its types may be named anywhere.
const dbOutsideLib = {
  name: "@/lib/db",
  allowTypeImports: true,
  message: "Only lib/ talks to the database: call (or add) a use-case in lib/<domain>/ instead.",
};
// Components may be bundled for the browser; the environment and the database are server-side.
const serverModulesInComponents = [
  dbOutsideLib,
  { name: "@/lib/env", message: "Components do not read the environment: the page passes what they need as props." },
];
const libLayering = {
  regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
  message: "lib/ is the product and knows nothing of the pages and components that use it: move the shared code into lib/.",
};

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "test-results-*/**",
      "generated/**",
      "node_modules/**",
      ".data/**",
      "public/**",
      "packages/*/dist/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    plugins: { usertests },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // lib/env.ts is the only reader of process.env: it validates every variable at boot and names
      // the one that is missing (see the exceptions below).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from @/lib/env (validated at boot)." },
      ],
      "no-restricted-imports": ["error", { paths: [dbOutsideLib] }],
      "usertests/no-server-modules-in-client": ["error", { serverOnly: SERVER_ONLY }],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [libLayering] }],
      // one direction between domains; scoped to lib/ where the domains live
      "usertests/no-domain-cycles": "error",
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { paths: serverModulesInComponents }] },
  },
  // Exceptions, each on purpose:
  {
    // lib/env.ts is the reader; tests set variables for the code under test and read the database
    // directly to check what a use-case stored, and may drive pages and routes from lib/ tests.
    files: ["lib/env.ts", "**/*.test.ts", "**/*.test.tsx", "tests/**"],
    rules: { "no-restricted-properties": "off", "no-restricted-imports": "off" },
  },
  {
    // Processes of their own, outside the app: scripts (dev runner, migrations, benches, fakes), the
    // seed and factories, the e2e harness, the CLI and SDK packages and the tools' configuration
    // files. They run before or beside lib/env.ts's validation, or are not the app at all.
    files: [
      "scripts/**",
      "prisma/**",
      "prisma.config.ts",
      "e2e/**",
      "packages/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "lint-rules/**",
    ],
    rules: { "no-restricted-properties": "off", "no-restricted-imports": "off" },
  },
  {
    // Read at build time or before lib/env.ts may be loaded: next.config.ts (build output folder),
    // instrumentation.ts (NEXT_RUNTIME decides whether the Node-only boot may be imported at all) and
    // proxy.ts (NODE_ENV, which Next inlines at build time; the proxy answers every request before the
    // app and imports only pure modules), server.ts (PORT, NODE_ENV and INGESTION_LANE, read before Next
    // and the app are loaded, as `next start` reads them).
    files: ["next.config.ts", "instrumentation.ts", "proxy.ts", "server.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  // Layout is Prettier's (npm run format): stylistic lint rules that would disagree are switched off.
  prettier,
];

export default config;
