import type { PublicKeyCaller } from "@/lib/access/public-key";
import { resolvePublicKey } from "@/lib/access/public-key";
import { requireProjectAccess } from "@/lib/access/require-project-access";
import { AppError } from "@/lib/errors";
import { clientIp, rateLimiter } from "@/lib/rate-limit/rate-limiter";
import { isUnstorable } from "@/lib/validation/storable-text";
import { getPublicScreener, researchLanguage } from "./get-public-screener";
import { getScreenerOrThrow } from "./get-screener";
import { type PublicScreener, publicScreenerView } from "./public-screener-view";

export type PublicScreenerPage =
  | { kind: "missing_key" }
  | { kind: "invalid_key"; message: string }
  | { kind: "not_found" }
  | { kind: "rate_limited" }
  | { kind: "not_accepting"; screener: PublicScreener }
  | { kind: "full"; screener: PublicScreener }
  | { kind: "form"; screener: PublicScreener; publicKey: string; preview: boolean };

/**
 * What /u/screener/[id] shows. `request` carries the visitor's headers and `?key=`; it goes through
 * the same public-key check and per-IP view limit as GET /api/sdk/screeners/:id.
 *
 * With `?preview=1`, a signed-in member of the screener's project sees the form in any status
 * (drafts included) without counting a view; the form then cannot be submitted.
 */
export async function loadPublicScreenerPage(input: {
  request: Request;
  screenerId: string;
  preview: boolean;
  /** the page's language (lib/languages): the researcher's per-language texts for it, else the main ones */
  language?: string;
}): Promise<PublicScreenerPage> {
  const key = new URL(input.request.url).searchParams.get("key");
  if (!key) return { kind: "missing_key" };
  let caller: PublicKeyCaller;
  try {
    caller = await resolvePublicKey(input.request);
  } catch (e) {
    if (e instanceof AppError && e.code === "unauthorized") return { kind: "invalid_key", message: e.message };
    throw e;
  }
  // a NUL from the URL (%00) cannot name a screener, and PostgreSQL would refuse the lookup (ADR 012)
  if (isUnstorable(input.screenerId)) return { kind: "not_found" };

  if (input.preview) {
    // loaded only for previews: participants never need the session machinery (and tests run without it)
    const { getSignedInUser } = await import("@/lib/access/current-user");
    const principal = await getSignedInUser();
    if (principal) {
      try {
        await requireProjectAccess(principal, caller.projectId, "read");
        const screener = await getScreenerOrThrow({ projectId: caller.projectId, screenerId: input.screenerId });
        return {
          kind: "form",
          screener: publicScreenerView(screener, {
            includeQuestions: true,
            language: input.language,
            mainLanguage: await researchLanguage(caller.projectId),
          }),
          publicKey: key,
          preview: true,
        };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        // not a member, or no such screener: fall through to what any participant sees
      }
    }
  }

  try {
    await rateLimiter().consume("screenerViewPerIp", clientIp(input.request));
    const screener = await getPublicScreener({
      projectId: caller.projectId,
      screenerId: input.screenerId,
      countView: true,
      language: input.language,
    });
    if (!screener.acceptingResponses) return { kind: "not_accepting", screener };
    if (screener.full) return { kind: "full", screener };
    return { kind: "form", screener, publicKey: key, preview: false };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") return { kind: "not_found" };
    if (e instanceof AppError && e.code === "rate_limited") return { kind: "rate_limited" };
    throw e;
  }
}
