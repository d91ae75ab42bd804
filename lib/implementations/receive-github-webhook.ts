// POST /api/webhooks/github: authenticates a delivery by its signature, then hands pull_request
// events to the implementation loop. An unsigned or wrongly signed delivery is refused with 401 and
// changes nothing.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { findSigningConnection } from "@/lib/github/verify-webhook";
import { applyPullRequestDelivery, type DeliveryOutcome } from "./apply-pull-request-event";
import { jsonDepth, MAX_JSON_DEPTH } from "@/lib/validation/bounded-json";
import { refuseUnstorable } from "@/lib/validation/storable-input";
import { isUnstorable } from "@/lib/validation/storable-text";

/** the largest delivery accepted (the route reads the body under it) */
export const MAX_WEBHOOK_BODY = 5 * 1024 * 1024;

const payloadSchema = z.object({
  action: z.string().optional(),
  repository: z.object({ full_name: z.string() }).optional(),
  pull_request: z
    .object({
      number: z.number().int().min(1).max(2_147_483_647), // an Int column
      merged: z.boolean().nullish(),
      merged_at: z.iso.datetime({ offset: true }).nullish(),
      state: z.string(),
      html_url: z.string().nullish(),
      // the PR's own clock: deliveries are applied in this order, not in the order they arrive
      updated_at: z.iso.datetime({ offset: true }).nullish(),
    })
    .optional(),
});

/** `raw` is the delivery's exact text (the signature covers it), read by the route wrapper. */
export async function receiveGithubWebhook({
  raw,
  headers,
}: {
  raw: string;
  headers: Headers;
}): Promise<{ outcome: DeliveryOutcome; projectId: string }> {
  const signature = headers.get("x-hub-signature-256");
  if (!signature) throw new AppError("unauthorized", "Missing X-Hub-Signature-256");

  // bounded before parsing: what follows recurses (ADR 012)
  if (jsonDepth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new AppError("bad_request", `Webhook payload nests deeper than ${MAX_JSON_DEPTH} levels`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("unauthorized", "Signature does not match");
  }
  const named = (json as { repository?: { full_name?: unknown } } | null)?.repository?.full_name;
  // a name PostgreSQL cannot compare (NUL, lone surrogate) belongs to no connection
  const connection = await findSigningConnection(raw, signature, typeof named === "string" && !isUnstorable(named) ? named : null);
  if (!connection) throw new AppError("unauthorized", "Signature does not match any project connected to this repository");
  // authentic from here on: a payload we cannot read is GitHub's or our mistake, not an attack
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError("bad_request", "Unexpected webhook payload");
  refuseUnstorable(parsed.data, "body");

  const deliveryId = headers.get("x-github-delivery");
  const event = headers.get("x-github-event");
  if (!deliveryId || !event) throw new AppError("bad_request", "Missing X-GitHub-Delivery or X-GitHub-Event");
  const pr = parsed.data.pull_request;
  const outcome = await applyPullRequestDelivery({
    deliveryId: deliveryId.slice(0, 100),
    event,
    action: parsed.data.action ?? null,
    projectId: connection.projectId,
    repository: `${connection.owner}/${connection.repo}`,
    pullRequest: pr
      ? {
          number: pr.number,
          merged: Boolean(pr.merged),
          mergedAt: pr.merged_at ?? null,
          state: pr.state,
          htmlUrl: pr.html_url ?? null,
          updatedAt: pr.updated_at ?? null,
        }
      : null,
  });
  return { outcome, projectId: connection.projectId };
}
