// A per-process cache for the overview's whole-project counts. Counting 100k sessions and 200k
// signals on every view costs hundreds of milliseconds on a busy database, while numbers that are
// up to a minute old are fine for an overview (the page says so). Concurrent views of the same
// project share one computation; a failed computation is not kept.

const DEFAULT_TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

export async function cached<T>(key: string, load: () => Promise<T>, options: { ttlMs?: number; now?: number } = {}): Promise<T> {
  const now = options.now ?? Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) {
    for (const [k, e] of entries) if (e.expires <= now) entries.delete(k);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  const value = load();
  entries.set(key, { expires: now + (options.ttlMs ?? DEFAULT_TTL_MS), value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets everything (tests). */
export function clearCache(): void {
  entries.clear();
}
