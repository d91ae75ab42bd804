// "Last used" for public keys. Screeners, the interview room and the SDK all identify themselves with
// the public key, mostly through the in-process cache (public-key-cache.ts), so the lookup itself
// cannot record use. At most one UPDATE per key per minute per process keeps the hot ingestion path
// free of writes; the SQL condition keeps several processes from rewriting it within the minute.
import { db } from "@/lib/db";

const TOUCH_AFTER_MS = 60_000;
const lastTouched = new Map<string, number>();

export async function touchPublicKey(keyId: string, now = Date.now()): Promise<void> {
  const last = lastTouched.get(keyId);
  if (last !== undefined && now - last < TOUCH_AFTER_MS) return;
  lastTouched.set(keyId, now);
  if (lastTouched.size > 10_000) lastTouched.delete(lastTouched.keys().next().value as string);
  await db.$executeRaw`UPDATE "ProjectKey" SET "lastUsedAt" = now()
    WHERE "id" = ${keyId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;
}
