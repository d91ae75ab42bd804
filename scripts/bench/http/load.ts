// The load generator of bench:http, in its own process (its CPU is counted apart from the servers').
// Drives one path with autocannon (keep-alive connections) and prints one JSON line with the result.
// Usage: tsx load.ts '<json LoadSpec>'
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { CHUNK_BYTES, EVENTS_PER_BATCH, type LoadResult, type LoadSpec } from "./shared";

const spec = JSON.parse(process.argv[2]) as LoadSpec;

function eventBatch(seed: string) {
  return Array.from({ length: EVENTS_PER_BATCH }, (_, i) => ({
    id: `${seed}-${i}`,
    type: i % 5 === 0 ? "navigation" : "click",
    offsetMs: 1000 + i * 250,
    url: "https://shop.example.com/checkout",
    data: { selector: "main > form#checkout > button.buy:nth-of-type(2)", tag: "button", text: "Add to cart", x: 412, y: 380 + i },
  }));
}

// a WebM (EBML) header, as the first bytes of a real audio chunk, then noise
const chunk = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), randomBytes(CHUNK_BYTES - 4)]);

// both app targets (the production server, and the same build with everything through Next) take the product's paths
const viaApp = spec.target === "app" || spec.target === "next";

let n = 0;
function nextRequest(): { method: string; path: string; headers: Record<string, string>; body?: string | Buffer } {
  const i = n++;
  const session = spec.sessions[i % spec.sessions.length];
  const key = `?key=${spec.publicKey}`;
  if (spec.path === "health") return { method: "GET", path: viaApp ? "/api/health" : "/noop/health", headers: {} };
  if (spec.path === "livez") return { method: "GET", path: "/api/livez", headers: {} };
  if (spec.path === "events") {
    const body = JSON.stringify({ events: eventBatch(`r${spec.runId}-${i}`) });
    const path = viaApp ? `/api/sdk/sessions/${session}/events${key}` : `/${spec.target}/events/${session}`;
    return { method: "POST", path, headers: { "content-type": "application/json" }, body };
  }
  // chunk indexes: unique per session across runs (runId * 10,000 + the session's own count)
  const index = spec.runId * 10_000 + Math.floor(i / spec.sessions.length);
  const path = viaApp ? `/api/sdk/sessions/${session}/chunks/audio/${index}${key}` : `/${spec.target}/chunks/${session}/${index}`;
  return {
    method: "PUT",
    path,
    headers: { "content-type": "audio/webm;codecs=opus", "x-chunk-start-ms": String(index * 5000), "x-chunk-duration-ms": "5000" },
    body: chunk,
  };
}

const result = await autocannon({
  url: spec.origin,
  connections: spec.connections,
  duration: spec.seconds,
  overallRate: spec.overallRate,
  // one request object whose content is rebuilt before every send
  requests: [{ setupRequest: (req) => ({ ...req, ...nextRequest() }) as typeof req }],
});

const out: LoadResult = {
  requestsPerSecond: result.requests.average,
  ok: result["2xx"],
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  p50: result.latency.p50,
  p99: result.latency.p99,
  clientCpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
};
process.stdout.write(JSON.stringify(out) + "\n");
