// How scripts start the production server (server.ts, ADR 020): one process, node with tsx's loader,
// so that signals and `--cpu-prof` reach the server itself.
import path from "node:path";

/** node's arguments for server.ts on this port and address; `nodeFlags` go before the script (e.g. --cpu-prof). */
export function productionServerArgs(port: number | string, hostname?: string, nodeFlags: string[] = []): string[] {
  return [...nodeFlags, "--import", "tsx", path.resolve("server.ts"), "-p", String(port), ...(hostname ? ["-H", hostname] : [])];
}
