// Fuzz: the endpoints anyone can call — the CLI's token exchange, the GitHub webhook (unsigned,
// wrongly signed and correctly signed hostile payloads) and /api/health. Every answer is a 2xx or a
// documented 4xx (health may also say 503 when a component is down), and a 4xx stores nothing.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/github/credential-cipher";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callAndCheck, callHandler, freshIp } from "./answer-checks";
import { fuzzRuns, PROPERTY_TIMEOUT } from "./fuzz-settings";
import { body, type Body, contentType, extraQuery, field, headerValue, hostileNumber, hostileText } from "./hostile-input";

// per-address limits key on the client address: one hop (the test's X-Forwarded-For) is believed,
// so each request can come from its own address and the fuzz is not cut short by 429s
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXIES: "1" }));

const cliToken = await import("@/app/api/v1/cli/token/route");
const webhook = await import("@/app/api/webhooks/github/route");
const health = await import("@/app/api/health/route");

const SECRET = "whsec-fuzz";
beforeAll(async () => {
  const owner = await createOwnerWithProject(db);
  await db.githubConnection.create({
    data: {
      projectId: owner.project.id,
      authKind: "token",
      owner: "acme",
      repo: "fuzz",
      credentials: encryptSecret("token"),
      webhookSecret: encryptSecret(SECRET),
    },
  });
});

describe("fuzz: public endpoints", () => {
  it(
    "POST /api/v1/cli/token",
    async () => {
      const verifier = fc.oneof(fc.constant("a".repeat(43)), fc.stringMatching(/^[A-Za-z0-9._~-]{43,128}$/), hostileText);
      const redirect = fc.oneof(
        fc.constantFrom("http://127.0.0.1:51234/callback", "http://localhost:1/callback", "http://127.0.0.1/callback"),
        hostileText,
      );
      const shape = fc.record(
        { code: field(fc.oneof(fc.constant("ut_cli_x"), hostileText)), code_verifier: field(verifier), redirect_uri: field(redirect) },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body(shape), contentType, extraQuery, async (b, type, extra) => {
          await callAndCheck(cliToken.POST, {
            method: "POST",
            path: "/api/v1/cli/token",
            query: extra,
            headers: { "x-forwarded-for": freshIp() },
            contentType: type,
            body: b,
          });
        }),
        fuzzRuns(30),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "POST /api/webhooks/github (unsigned, badly signed and signed)",
    async () => {
      const pullRequest = fc.record(
        {
          number: field(fc.oneof(fc.integer({ min: 1, max: 5 }), hostileNumber)),
          merged: field(fc.boolean()),
          merged_at: field(fc.oneof(fc.constantFrom("2026-01-01T00:00:00Z", "yesterday", "2026-13-45T99:00:00Z"), hostileText)),
          state: field(fc.constantFrom("open", "closed")),
          html_url: field(hostileText),
          updated_at: field(fc.constantFrom("2026-01-01T00:00:00Z", "2026-01-01T00:00:00+02:00", "not a date")),
        },
        { requiredKeys: ["number", "state"] },
      );
      const payload = fc.record(
        {
          action: field(fc.constantFrom("closed", "reopened", "opened")),
          repository: fc.record({
            full_name: field(
              fc.oneof(
                { weight: 8, arbitrary: fc.constantFrom("acme/fuzz", "ACME/FUZZ") },
                { weight: 1, arbitrary: fc.constantFrom("acme/other", "acme/fuzz\u0000", "acme/fuzz\uD800") },
                { weight: 1, arbitrary: hostileText },
              ),
            ),
          }),
          pull_request: field(pullRequest),
        },
        { requiredKeys: ["repository", "pull_request"] },
      );
      await fc.assert(
        fc.asyncProperty(
          body(payload),
          fc.constantFrom("signed", "signed", "signed", "wrong", "malformed", "missing"),
          fc.record({
            event: fc.oneof(fc.constantFrom("pull_request", "ping", "push"), headerValue),
            delivery: fc.oneof(fc.uuid(), headerValue),
          }),
          contentType,
          async (b, signing, h, type) => {
            const raw = rawText(b);
            const signature =
              signing === "signed"
                ? hmac(SECRET, raw)
                : signing === "wrong"
                  ? hmac("other", raw)
                  : signing === "malformed"
                    ? "sha1=abc"
                    : undefined;
            await callAndCheck(webhook.POST, {
              method: "POST",
              path: "/api/webhooks/github",
              headers: { "x-hub-signature-256": signature, "x-github-event": h.event, "x-github-delivery": h.delivery },
              contentType: type,
              body: { kind: "text", text: raw },
            });
          },
        ),
        fuzzRuns(50),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "GET /api/health answers JSON, whatever the query",
    async () => {
      await fc.assert(
        fc.asyncProperty(extraQuery, async (extra) => {
          const answer = await callHandler(health.GET, { method: "GET", path: "/api/health", query: extra });
          expect([200, 503]).toContain(answer.status);
          expect(answer.contentType).toMatch(/^application\/json/);
          expect(JSON.parse(answer.text)).toHaveProperty("status");
        }),
        fuzzRuns(5),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** X-Hub-Signature-256 as GitHub computes it (also for an empty body, which @octokit's sign() refuses). */
const hmac = (secret: string, raw: string) => `sha256=${createHmac("sha256", secret).update(raw).digest("hex")}`;

/** The webhook signs raw text: every body kind as the text that is sent. */
function rawText(b: Body): string {
  if (b.kind === "json") return JSON.stringify(b.value) ?? "";
  if (b.kind === "text") return b.text;
  if (b.kind === "bytes") return Buffer.from(b.bytes).toString("latin1");
  return "";
}
