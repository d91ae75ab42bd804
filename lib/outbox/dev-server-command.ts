// The pinned Inngest dev-server command: `npm run dev` runs it (scripts/lib/inngest-dev-server.ts)
// and every "processing is paused" message tells people to run it. No imports, so scripts can use it.
export const INNGEST_CLI_VERSION = "1.45.1";
export const INNGEST_DEV_SERVER_URL = "http://localhost:8288";

/** npx arguments; --ignore-scripts=false because the package's postinstall fetches the binary. */
export function devServerArgs(appUrl: string): string[] {
  return [
    "--yes",
    "--ignore-scripts=false",
    `inngest-cli@${INNGEST_CLI_VERSION}`,
    "dev",
    "-u",
    new URL("/api/inngest", appUrl).href,
    "--no-discovery",
  ];
}

export function devServerCommand(appUrl: string): string {
  return ["npx", ...devServerArgs(appUrl)].join(" ");
}
