// The production HTTP server (ADR 020): Next's request handler behind our own node:http server,
// which hands a lane of paths (the SDK's ingestion) straight to their route handlers
// (lib/server/route-lane.ts). Started by server.ts (npm start, the end-to-end suite, the benchmarks).
import http from "node:http";
import next from "next";
import { type Lane, serveFromLane } from "./route-lane";

export interface ProductionServerOptions {
  port: number;
  hostname?: string;
  /** the project folder (holding the build), by default the working directory */
  dir?: string;
  /** the paths served past Next; none: everything goes through Next */
  lane?: Lane;
  /**
   * How long an idle keep-alive connection stays open (ms; Node's default 5 s). Behind a load balancer
   * it must outlast the balancer's own idle timeout, or the balancer reuses a connection we just
   * closed and answers 502 (`next start --keepAliveTimeout` for the same reason).
   */
  keepAliveTimeoutMs?: number;
}

export async function startProductionServer(options: ProductionServerOptions): Promise<{ close(): Promise<void> }> {
  const app = next({ dev: false, dir: options.dir ?? process.cwd(), port: options.port, hostname: options.hostname });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const lane = options.lane;

  const server = http.createServer((req, res) => {
    const match = lane?.(req.method, req.url);
    if (match) void serveFromLane(match, req, res);
    else void handleWithNext(req, res);
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, resolve);
  });

  return {
    async close() {
      // stop accepting, let requests in flight finish (idle keep-alive sockets are closed at once)
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await app.close();
    },
  };
}
