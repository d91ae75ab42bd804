// What bench:http's orchestrator (scripts/bench/http.ts) and its load process (load.ts) agree on.
export interface LoadSpec {
  origin: string;
  /** livez: the smallest route handler (GET /api/livez → 204), Next's own floor per request */
  path: "events" | "chunks" | "health" | "livez";
  /** app: the production server (server.ts); next: the same build with INGESTION_LANE=off, every request through Next (ADR 020) */
  target: "app" | "next" | "raw" | "noop";
  /** sessions the requests rotate over, so each stays under its per-minute rate limit */
  sessions: string[];
  publicKey: string;
  seconds: number;
  connections: number;
  /** requests per second over all connections (a rate below saturation, for latency at load) */
  overallRate?: number;
  /** makes event ids and chunk indexes unique across runs */
  runId: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
  /** the load process's own CPU seconds */
  clientCpuSeconds: number;
}

export const EVENTS_PER_BATCH = 50;
export const CHUNK_BYTES = 1024 * 1024;
