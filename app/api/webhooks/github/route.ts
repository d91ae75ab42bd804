// POST /api/webhooks/github — GitHub deliveries, authenticated by X-Hub-Signature-256 with the
// connected project's webhook secret (no user credentials: GitHub calls it).
import { MAX_WEBHOOK_BODY, receiveGithubWebhook } from "@/lib/implementations/receive-github-webhook";
import { route } from "@/lib/http";

// "text": the signature covers the delivery's exact bytes, so they are read as they came
export const POST = route({ auth: "public", body: "text", maxBodyBytes: MAX_WEBHOOK_BODY }, async ({ req, body }) =>
  receiveGithubWebhook({ raw: body, headers: req.headers }),
);
