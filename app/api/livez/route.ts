// GET /api/livez — liveness: the process answers HTTP, nothing else is checked (GET /api/health is
// readiness: database, storage, job engine; a load balancer restarts on this one, routes on that one).
// Deliberately the smallest route handler there is: bench:http measures it as the floor of what any
// request through Next costs on the machine (ADR 018).
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
