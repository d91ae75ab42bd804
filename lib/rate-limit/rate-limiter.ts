// Rate limiting with rate-limiter-flexible. Counters are shared by every app instance: in Redis when
// REDIS_URL is set, otherwise in PostgreSQL (the RateLimit table).
//
// In PostgreSQL a count is RateLimiterPostgres's single upsert (INSERT … ON CONFLICT … RETURNING) on a
// small pg pool of its own, rather than RateLimiterPrisma's read-then-write transaction: the limiter
// sits in front of every SDK request, and one round trip instead of several is most of its cost.
// That pool's sessions commit with synchronous_commit=off: a count does not wait for its WAL flush
// (an fsync, as long as the request's own insert). A crash may forget the last few hundred
// milliseconds of counts, which only lets a handful of requests through again; nothing the app
// acknowledges lives in the RateLimit table.
import { Redis } from "ioredis";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { clientAddress, parseProxyTrust, type ProxyTrust } from "@/lib/network/client-address";
import { AppError } from "@/lib/errors";
import { LIMITS, type LimitName } from "./limits";

export type Store = { kind: "postgres" } | { kind: "redis"; client: Redis };

let redis: Redis | undefined;
// keyed by URL like lib/db.ts: test files each use their own database
const pools = new Map<string, pg.Pool>();
function counterPool(): pg.Pool {
  const url = env().DATABASE_URL;
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5_000, options: "-c synchronous_commit=off" });
    pool.on("error", () => {}); // an idle connection dropped by the server; the next query reconnects
    pools.set(url, pool);
  }
  return pool;
}
function defaultStore(): Store {
  const url = env().REDIS_URL;
  if (!url) return { kind: "postgres" };
  redis ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return { kind: "redis", client: redis };
}

/** A set of limiters over one store; the app uses one, tests build several to prove they share counters. */
export function createRateLimiters(store: Store = defaultStore()) {
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  const limiter = (name: LimitName) => {
    let l = limiters.get(name);
    if (!l) {
      const opts = { ...LIMITS[name], keyPrefix: `rl:${name}` };
      l =
        store.kind === "redis"
          ? new RateLimiterRedis({ ...opts, storeClient: store.client })
          : // the table comes from our migrations; expired rows are swept by the limiter every 5 minutes
            new RateLimiterPostgres({
              ...opts,
              storeClient: counterPool(),
              storeType: "pool",
              tableName: "RateLimit",
              tableCreated: true,
              clearExpiredByTimeout: true,
            });
      limiters.set(name, l);
    }
    return l;
  };
  return {
    /** Takes one point; throws 429 with Retry-After when the limit is reached. */
    async consume(name: LimitName, key: string, points = 1): Promise<void> {
      try {
        await limiter(name).consume(key, points);
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          throw new AppError("rate_limited", "Too many requests; slow down and retry later", { limit: name }, e.msBeforeNext / 1000);
        }
        throw e;
      }
    },
  };
}

let shared: ReturnType<typeof createRateLimiters> | undefined;
export function rateLimiter() {
  shared ??= createRateLimiters();
  return shared;
}

let trust: { value: string | undefined; parsed: ProxyTrust } | undefined;
/** The client's address for per-address limits: only hops added by trusted proxies are believed (lib/network/client-address.ts). */
export function clientIp(req: Request): string {
  const value = env().TRUSTED_PROXIES;
  if (!trust || trust.value !== value) trust = { value, parsed: parseProxyTrust(value) };
  return clientAddress(req.headers, trust.parsed);
}
