// POST /api/sdk/screeners/:screenerId/start?key=ut_pub_… — counts a participant starting the form (funnel "starts"); the page calls it once.
import { corsPreflight, noContent, route } from "@/lib/http";
import { recordScreenerStart } from "@/lib/screeners/record-screener-start";
import { publicScreenerParams } from "@/lib/screeners/schemas";

export const POST = route(
  { auth: "public_key", cors: true, params: publicScreenerParams, rateLimit: ({ ip }) => [["screenerViewPerIp", ip]] },
  async ({ principal, params }) => {
    await recordScreenerStart({ projectId: principal.projectId, screenerId: params.screenerId });
    return noContent();
  },
);

export const OPTIONS = corsPreflight("POST, OPTIONS");
