// Finds which project a GitHub delivery belongs to by its signature. The repository named in the
// (not yet trusted) payload only narrows the candidates; a delivery counts as a project's only when
// X-Hub-Signature-256 is the HMAC of the raw body with that project's webhook secret (compared in
// constant time by @octokit/webhooks-methods). Several projects may connect the same repository.
import { verify } from "@octokit/webhooks-methods";
import type { GithubConnection } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { decryptSecret } from "./credential-cipher";

export async function findSigningConnection(
  rawBody: string,
  signature: string | null,
  repository: string | null,
): Promise<GithubConnection | null> {
  if (!signature || !/^sha256=[0-9a-f]{64}$/.test(signature) || !repository || !rawBody) return null;
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) return null;
  const candidates = await db.githubConnection.findMany({
    where: { owner: { equals: owner, mode: "insensitive" }, repo: { equals: repo, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
  });
  for (const c of candidates) {
    let secret: string;
    try {
      secret = decryptSecret(c.webhookSecret);
    } catch {
      continue; // encrypted with another key: cannot verify, so not this project's delivery
    }
    if (await verify(secret, rawBody, signature)) return c;
  }
  return null;
}
