// A few seconds of memory for public-key lookups. The SDK sends a batch every few seconds per
// participant, and every request names the same key; without this each one pays a round trip for
// the key row before doing any work (see bench:ingest). lru-cache's `fetchMethod` does the lookup,
// once for all concurrent requests with the same key, and its `ttl` bounds how long an answer lives.
//
// Staleness is bounded: a key revoked or rotated, or an origin list changed, through THIS process is
// forgotten at once; other instances notice within TTL_MS. Only valid keys are cached (a lookup that
// finds none answers undefined, which lru-cache does not keep), so a new key works everywhere
// immediately and an unknown one is looked up again on every request.
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import type { PublicKeyCaller } from "./public-key";

const TTL_MS = 5_000;

async function lookUpPublicKey(keyHash: string): Promise<PublicKeyCaller | undefined> {
  const key = await db.projectKey.findUnique({
    where: { keyHash },
    select: { id: true, kind: true, revokedAt: true, projectId: true, project: { select: { allowedOrigins: true } } },
  });
  if (!key || key.kind !== "public" || key.revokedAt) return undefined;
  return { kind: "public_key", projectId: key.projectId, keyId: key.id, allowedOrigins: key.project.allowedOrigins };
}

// One cache per process, shared by both copies of this module that a production server holds (Next's
// bundle and the ingestion lane's, ADR 020): a key revoked through the dashboard is forgotten by both.
const SHARED = Symbol.for("usertests.publicKeyCache");
const processWide = globalThis as unknown as Record<symbol, LRUCache<string, PublicKeyCaller> | undefined>;
const cache = (processWide[SHARED] ??= new LRUCache<string, PublicKeyCaller>({
  max: 10_000,
  ttl: TTL_MS,
  fetchMethod: (keyHash) => lookUpPublicKey(keyHash),
}));

/** The caller behind a valid, unrevoked public key (by its hash), or undefined. */
export function publicKeyCallerFor(keyHash: string): Promise<PublicKeyCaller | undefined> {
  return cache.fetch(keyHash);
}

/** After a change to a project's keys or origins: its callers are looked up again on their next request. */
export function forgetProjectPublicKeys(projectId: string): void {
  for (const [hash, caller] of cache.entries()) if (caller.projectId === projectId) cache.delete(hash);
}
