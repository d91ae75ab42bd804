import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createSession } from "@/prisma/factories/research";
import { recordUsage, tokensFromAnthropicUsage } from "./record-usage";

describe("recordUsage", () => {
  it("stores the call and adds its tokens and cost to the session totals", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "active" });
    await recordUsage({
      projectId: project.id,
      sessionId: session.id,
      purpose: "interview",
      provider: "anthropic",
      model: "claude-sonnet-4-6",
      ...tokensFromAnthropicUsage({
        input_tokens: 1000,
        output_tokens: 100,
        cache_read_input_tokens: 2000,
        cache_creation_input_tokens: null,
      }),
    });
    await recordUsage({
      projectId: project.id,
      sessionId: session.id,
      purpose: "transcribe",
      provider: "openai",
      model: "whisper-1",
      audioSeconds: 60,
    });

    const rows = await db.llmUsage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      purpose: "interview",
      provider: "anthropic",
      inputTokens: 1000,
      outputTokens: 100,
      cacheReadTokens: 2000,
      cacheWriteTokens: 0,
    });
    // 1000 × 3 + 100 × 15 + 2000 × 0.30 per million
    expect(Number(rows[0].costUsd)).toBeCloseTo(0.0051, 6);
    expect(Number(rows[1].costUsd)).toBeCloseTo(0.006, 6);

    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after).toMatchObject({ inputTokens: 1000, outputTokens: 100, cacheReadTokens: 2000, cacheWriteTokens: 0, audioSeconds: 60 });
    expect(Number(after.costUsd)).toBeCloseTo(0.0111, 6);
  });

  it("joins the caller's transaction: a rollback leaves neither the row nor the totals", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "active" });
    await expect(
      db.$transaction(async (tx) => {
        await recordUsage({
          tx,
          projectId: project.id,
          sessionId: session.id,
          purpose: "interview",
          provider: "anthropic",
          model: "claude-sonnet-4-6",
          inputTokens: 5,
        });
        throw new Error("the caller's work failed");
      }),
    ).rejects.toThrow("the caller's work failed");
    expect(await db.llmUsage.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).inputTokens).toBe(0);
  });

  it("records project-level usage without a session", async () => {
    const { project } = await createOwnerWithProject(db);
    const row = await recordUsage({
      projectId: project.id,
      purpose: "spec",
      provider: "anthropic",
      model: "claude-opus-4-1",
      outputTokens: 1000,
    });
    expect(row.sessionId).toBeNull();
    expect(Number(row.costUsd)).toBeCloseTo(0.075, 6);
  });
});
