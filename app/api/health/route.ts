// GET /api/health — status of each component; 503 when one is down.
import { checkHealth } from "@/lib/health/check-health";
import { json } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return json(health, health.status === "ok" ? 200 : 503, { "cache-control": "no-store" });
}
