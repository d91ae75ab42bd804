// GET /api/health — status of each component; 503 when one is down, 200 "degraded" with reasons when
// the app is up but sessions are not being processed (job engine not accepting events, not configured).
import { checkHealth } from "@/lib/health/check-health";
import { json } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  const { down, ...health } = await checkHealth();
  return json(health, down ? 503 : 200, { "cache-control": "no-store" });
}
