// A few seconds of memory for public-key lookups. The SDK sends a batch every few seconds per
// participant, and every request names the same key; without this each one pays a round trip for
// the key row before doing any work (see bench:ingest).
//
// Staleness is bounded: a key revoked or rotated, or an origin list changed, through THIS instance is
// forgotten at once; other instances notice within TTL_MS. Only valid keys are cached, so a new key
// works everywhere immediately.
import { LRUCache } from "lru-cache";
import type { PublicKeyCaller } from "./public-key";

const TTL_MS = 5_000;
const cache = new LRUCache<string, PublicKeyCaller>({ max: 10_000, ttl: TTL_MS });

export function cachedPublicKey(keyHash: string): PublicKeyCaller | undefined {
  return cache.get(keyHash);
}

export function rememberPublicKey(keyHash: string, caller: PublicKeyCaller): void {
  cache.set(keyHash, caller);
}

/** After a change to a project's keys or origins: its callers are looked up again on their next request. */
export function forgetProjectPublicKeys(projectId: string): void {
  for (const [hash, caller] of cache.entries()) if (caller.projectId === projectId) cache.delete(hash);
}
