// Voice as configuration and as media: the screener's interview mode reaches its sessions, and a
// spoken turn's stored audio goes with the session's media (retention window, session delete).
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { estimateCostUsd } from "@/lib/ai/pricing";
import { db } from "@/lib/db";
import { removeExpiredMedia } from "@/lib/retention/remove-expired-media";
import { createScreenerSchema, updateScreenerSchema } from "@/lib/screeners/schemas";
import { updateScreener } from "@/lib/screeners/update-screener";
import { createSessionForParticipant } from "@/lib/sessions/create-session-for-participant";
import { deleteSession } from "@/lib/sessions/delete-session";
import { createSessionSchema } from "@/lib/sessions/schemas";
import { mediaStorage } from "@/lib/storage";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createSession } from "@/prisma/factories/research";
import { turnAudioKey } from "./turn-audio-storage";

describe("interview mode", () => {
  it("is accepted on screener create and PATCH (text or voice only) and copied to the screener's sessions", async () => {
    expect(createScreenerSchema.parse({ title: "Study", interviewMode: "voice" }).interviewMode).toBe("voice");
    expect(createScreenerSchema.safeParse({ title: "Study", interviewMode: "async" }).success).toBe(false);
    expect(updateScreenerSchema.safeParse({ interviewMode: "phone" }).success).toBe(false);

    const { project } = await createOwnerWithProject(db);
    const screener = await createScreener(db, { projectId: project.id, title: "Voice study" });
    expect(screener.interviewMode).toBe("text");
    const updated = await updateScreener({
      projectId: project.id,
      screenerId: screener.id,
      data: updateScreenerSchema.parse({ interviewMode: "voice" }),
    });
    expect(updated.interviewMode).toBe("voice");

    const fromScreener = await createSessionForParticipant({
      projectId: project.id,
      data: createSessionSchema.parse({ screenerId: screener.id }),
    });
    expect(fromScreener.session.mode).toBe("voice");
    // the caller's explicit choice wins; without a screener it is text
    const chosen = await createSessionForParticipant({
      projectId: project.id,
      data: createSessionSchema.parse({ screenerId: screener.id, mode: "text" }),
    });
    expect(chosen.session.mode).toBe("text");
    expect((await createSessionForParticipant({ projectId: project.id, data: createSessionSchema.parse({}) })).session.mode).toBe("text");
  });
});

describe("a spoken turn's audio", () => {
  async function spokenTurnWithAudio(createdAt?: Date) {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed", mode: "voice" });
    const key = turnAudioKey({ projectId: project.id, sessionId: session.id, clientMessageId: "t1", type: "audio/webm" });
    await mediaStorage().put(key, Readable.from([Buffer.from("webm bytes")]), { contentType: "audio/webm", contentLength: 10 });
    const message = await db.sessionMessage.create({
      data: {
        sessionId: session.id,
        role: "participant",
        content: "Hello.",
        offsetMs: 1000,
        spoken: true,
        audioMs: 2000,
        audioKey: key,
        createdAt,
      },
    });
    return { project, session, key, message };
  }

  it("is removed past the media window, keeping the transcribed text", async () => {
    const { project, key, message } = await spokenTurnWithAudio(new Date(Date.now() - 40 * 86_400_000));
    const { removed } = await removeExpiredMedia({ projectId: project.id, before: new Date(Date.now() - 30 * 86_400_000) });
    expect(removed).toBe(1);
    expect(await mediaStorage().exists(key)).toBe(false);
    expect(await db.sessionMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      content: "Hello.",
      audioKey: null,
      spoken: true,
    });
  });

  it("is deleted with its session", async () => {
    const { project, session, key } = await spokenTurnWithAudio();
    expect(await deleteSession({ projectId: project.id, sessionId: session.id })).toEqual({ deletedMediaFiles: 1 });
    expect(await mediaStorage().exists(key)).toBe(false);
  });
});

describe("voice prices", () => {
  it("prices speech per character and Whisper per minute", () => {
    // gpt-4o-mini-tts ≈ $0.015 a spoken minute ≈ $16.70 per million characters; tts-1 $15
    expect(estimateCostUsd({ model: "gpt-4o-mini-tts", characters: 1_000_000 })).toBeCloseTo(16.7, 6);
    expect(estimateCostUsd({ model: "tts-1", characters: 900 })).toBeCloseTo(0.0135, 6);
    expect(estimateCostUsd({ model: "whisper-1", audioSeconds: 30 })).toBeCloseTo(0.003, 6);
  });
});
