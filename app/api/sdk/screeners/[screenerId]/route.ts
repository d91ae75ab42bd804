// GET /api/sdk/screeners/:screenerId?key=ut_pub_…[&lang=es] — the public definition of a screener (no qualification rules); counts a view.
// Its texts are in the participant's language (issue #17): `?lang=`, else Accept-Language, else the
// project's first interview language — one the project offers — with the researcher's translations
// and the main text where one is missing (listed in `fallback`). `language` says which was used.
import { z } from "zod";
import { corsPreflight, route } from "@/lib/http";
import { loadScreenerLanguage } from "@/lib/languages/load-participant-language";
import { getPublicScreener } from "@/lib/screeners/get-public-screener";
import { publicScreenerParams } from "@/lib/screeners/schemas";

const publicScreenerQuery = z.object({ lang: z.string().max(35).optional() });

export const GET = route(
  {
    auth: "public_key",
    cors: true,
    params: publicScreenerParams,
    query: publicScreenerQuery,
    rateLimit: ({ ip }) => [["screenerViewPerIp", ip]],
  },
  async ({ principal, params, query, req }) => {
    const { language } = await loadScreenerLanguage({
      screenerId: params.screenerId,
      link: query.lang,
      acceptLanguage: req.headers.get("accept-language"),
    });
    return {
      screener: await getPublicScreener({ projectId: principal.projectId, screenerId: params.screenerId, countView: true, language }),
      language,
    };
  },
);

export const OPTIONS = corsPreflight("GET, OPTIONS");
