// GET /api/sdk/screeners/:screenerId?key=ut_pub_… — the public definition of a screener (no qualification rules); counts a view.
import { corsPreflight, route } from "@/lib/http";
import { getPublicScreener } from "@/lib/screeners/get-public-screener";
import { publicScreenerParams } from "@/lib/screeners/schemas";

export const GET = route(
  { auth: "public_key", cors: true, params: publicScreenerParams, rateLimit: ({ ip }) => [["screenerViewPerIp", ip]] },
  async ({ principal, params }) => ({
    screener: await getPublicScreener({ projectId: principal.projectId, screenerId: params.screenerId, countView: true }),
  }),
);

export const OPTIONS = corsPreflight("GET, OPTIONS");
