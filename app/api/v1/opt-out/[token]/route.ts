// POST /api/v1/opt-out/:token — the confirmation on the opt-out page (/u/opt-out/<token>) linked from
// every participant mail: no login (the signed token names the project and the address's hash);
// records the opt-out, idempotently. A token that is not ours → 404.
import { optOutParticipant } from "@/lib/follow-up/opt-out";
import { optOutTokenParams } from "@/lib/follow-up/schemas";
import { route } from "@/lib/http";

export const POST = route(
  { auth: "public", params: optOutTokenParams, rateLimit: ({ ip }) => [["screenerSubmitPerIp", ip]] },
  async ({ params }) => optOutParticipant({ token: params.token }),
);
