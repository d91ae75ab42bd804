// Whole-project counts reused for a while per process. Counting 100k sessions and 200k signals on
// every overview view costs hundreds of milliseconds on a busy database, while numbers up to a minute
// old are fine for an overview (the page says so). lru-cache does the bookkeeping: `ttl` ages an
// entry out, `fetchMethod` runs one count for all concurrent views of the same key, and a count that
// fails is not kept (the next view tries again).
import { LRUCache, type Perf } from "lru-cache";

type Load = () => Promise<object>;

/** `perf` replaces the clock (tests); ages are checked on every read, not debounced. */
export function createReusedCounts(options: { ttlMs: number; max: number; perf?: Perf }) {
  const cache = new LRUCache<string, object, Load>({
    max: options.max,
    ttl: options.ttlMs,
    ttlResolution: 0,
    perf: options.perf,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return <T extends object>(key: string, load: () => Promise<T>): Promise<T> => cache.fetch(key, { context: load }) as Promise<T>;
}
