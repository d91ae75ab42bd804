// POST /api/webhooks/github — GitHub deliveries, authenticated by X-Hub-Signature-256 with the
// connected project's webhook secret (no user credentials: GitHub calls it).
import { receiveGithubWebhook } from "@/lib/implementations/receive-github-webhook";
import { route } from "@/lib/http";

export const POST = route({ auth: "public" }, async ({ req }) => receiveGithubWebhook(req));
