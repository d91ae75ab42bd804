// Fuzz: the two links a participant gets by mail — Start on the personal follow-up link and the
// opt-out confirmation. Hostile tokens (a real one mostly, else altered, truncated, NUL, another
// kind's prefix), bodies and content types; every answer is a 2xx or a documented 4xx, and a 4xx
// stores nothing.
import fc from "fast-check";
import { beforeAll, describe, it, vi } from "vitest";
import { db } from "@/lib/db";
import { optOutToken } from "@/lib/privacy/opt-out-link";
import { participantEmailHash } from "@/lib/privacy/participant-email";
import { generateSecret, hashSecret } from "@/lib/security/secret-tokens";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callAndCheck, freshIp } from "./answer-checks";
import { fuzzRuns, PROPERTY_TIMEOUT } from "./fuzz-settings";
import { body, contentType, field, hostileText, idFor, pathId } from "./hostile-input";

// per-address limits key on the client address: one hop (the test's X-Forwarded-For) is believed
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXIES: "1" }));

const startRoute = await import("@/app/api/v1/follow-up/[token]/start/route");
const optOutRoute = await import("@/app/api/v1/opt-out/[token]/route");

const tokens = { followUp: "", expired: "", optOut: "" };
beforeAll(async () => {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const task = await db.task.create({ data: { projectId, title: "Exports fail" } });
  const invite = async (email: string, expiresAt: Date) => {
    const token = generateSecret("followUp");
    await db.followUpInvitation.create({
      data: {
        projectId,
        taskId: task.id,
        participantEmail: email,
        emailHash: participantEmailHash(email),
        tokenHash: hashSecret(token),
        expiresAt,
        status: "sent",
      },
    });
    return token;
  };
  tokens.followUp = await invite("ana@example.test", new Date(Date.now() + 86_400_000));
  tokens.expired = await invite("ben@example.test", new Date(Date.now() - 1000));
  tokens.optOut = optOutToken({ projectId, emailHash: participantEmailHash("ana@example.test") });
});

const which = fc.constantFrom("followUp", "followUp", "expired") as fc.Arbitrary<"followUp" | "expired">;
const startBody = body(
  fc.record(
    {
      consents: field(fc.record({ recording: field(fc.boolean()), analytics: field(fc.boolean()) }, { requiredKeys: [] })),
      language: field(fc.oneof(fc.constantFrom("en", "pt-BR", "x", "en-" + "a".repeat(40)), hostileText)),
    },
    { requiredKeys: [] },
  ),
);

describe("fuzz: follow-up links", () => {
  it(
    "POST /api/v1/follow-up/:token/start",
    async () => {
      await fc.assert(
        fc.asyncProperty(which, pathId, startBody, contentType, async (w, id, b, type) => {
          await callAndCheck(startRoute.POST, {
            method: "POST",
            path: "/api/v1/follow-up/x/start",
            params: { token: idFor(id, tokens[w]) },
            headers: { "x-forwarded-for": freshIp(), "user-agent": "Fuzz/1.0" },
            contentType: type,
            body: b,
          });
        }),
        fuzzRuns(40),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "POST /api/v1/opt-out/:token",
    async () => {
      await fc.assert(
        fc.asyncProperty(pathId, body(fc.constant({})), async (id, b) => {
          await callAndCheck(optOutRoute.POST, {
            method: "POST",
            path: "/api/v1/opt-out/x",
            params: { token: idFor(id, tokens.optOut) },
            headers: { "x-forwarded-for": freshIp() },
            contentType: "application/json",
            body: b,
          });
        }),
        fuzzRuns(25),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
