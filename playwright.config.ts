// End-to-end suite: real browser (Debian Chromium, never `playwright install`) against the production
// build served by scripts/e2e-server.ts on a fresh database. Run `npm run build` first.
import { defineConfig } from "@playwright/test";

// E2E_PORT runs a second copy of the suite beside another (scripts/e2e-server.ts reads it too)
const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** The fake Claude/Whisper (scripts/fake-ai-server.ts); specs script it through its /__control API. */
export const FAKE_AI_PORT = Number(process.env.E2E_PORT ?? 3100) + 9;
export const FAKE_AI_URL = `http://127.0.0.1:${FAKE_AI_PORT}`;

/** The fake GitHub API (scripts/fake-github-server.ts); specs create repositories and tokens through its /__control API. */
export const FAKE_GITHUB_PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
export const FAKE_GITHUB_URL = `http://127.0.0.1:${FAKE_GITHUB_PORT}`;

/**
 * The stand-in Inngest server (scripts/fake-inngest-executor.ts): learns the app's functions from its
 * registration and runs every one of them through /api/inngest; specs read runs and fire cron
 * functions through its /__control API (e2e/inngest-runs.ts).
 */
export const FAKE_INNGEST_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 7}`;

/** Debian Chromium's flags for the suite: no sandbox as root, and no attempts to reach the outside. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // one retry in CI for a loaded 2-core machine; a retried pass is reported as "flaky" in the output and
  // is a bug to chase (the keyboard board move and the task page's status after a PR were real races)
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: origin,
    browserName: "chromium",
    screenshot: "on",
    trace: "retain-on-failure",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: "node_modules/.bin/tsx scripts/e2e-server.ts",
      url: `${origin}/signin`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      // the real Anthropic/OpenAI SDKs in the app talk to the fake AI server below
      env: {
        ANTHROPIC_API_KEY: "test",
        ANTHROPIC_BASE_URL: FAKE_AI_URL,
        ANTHROPIC_MODEL: "claude-sonnet-4-6",
        OPENAI_API_KEY: "test",
        OPENAI_BASE_URL: `${FAKE_AI_URL}/v1`,
        // the real Octokit talks to the fake GitHub; events reach the fake Inngest executor
        GITHUB_API_URL: FAKE_GITHUB_URL,
        INNGEST_DEV: FAKE_INNGEST_URL,
      },
    },
    {
      // the run's SMTP catcher: every mail the app sends lands here, specs read it (e2e/mail.ts)
      command: "node_modules/.bin/tsx scripts/e2e-mail-catcher.ts",
      url: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 5}/messages.json`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/fake-ai-server.ts ${FAKE_AI_PORT}`,
      url: `${FAKE_AI_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/fake-github-server.ts ${FAKE_GITHUB_PORT}`,
      url: `${FAKE_GITHUB_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { FAKE_GITHUB_QUIET: "1" },
    },
    {
      // started after the app: it asks the app to register and answers /health once it has. No
      // --cron-schedule: journeys fire cron functions themselves (e2e/inngest-runs.ts runCronNow),
      // so a sweep never lands in the middle of another journey
      command: `node_modules/.bin/tsx scripts/fake-inngest-executor.ts ${new URL(FAKE_INNGEST_URL).port} ${origin}`,
      url: `${FAKE_INNGEST_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
