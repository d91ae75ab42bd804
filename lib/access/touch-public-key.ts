// "Last used" for public keys. Screeners, the interview room and the SDK all identify themselves with
// the public key, mostly through the in-process cache (public-key-cache.ts), so the lookup itself
// cannot record use. At most one UPDATE per key per minute per process keeps the hot ingestion path
// free of writes; the SQL condition keeps several processes from rewriting it within the minute.
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";

const TOUCH_AFTER_MS = 60_000;
// when this process last wrote each key's "last used" (the most recently used 10,000 keys)
const lastTouched = new LRUCache<string, number>({ max: 10_000 });

export async function touchPublicKey(keyId: string, now = Date.now()): Promise<void> {
  const last = lastTouched.get(keyId);
  if (last !== undefined && now - last < TOUCH_AFTER_MS) return;
  lastTouched.set(keyId, now);
  await db.$executeRaw`UPDATE "ProjectKey" SET "lastUsedAt" = now()
    WHERE "id" = ${keyId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;
}
