// A shared clip from an S3-compatible bucket (the real @aws-sdk/client-s3 against s3rver on
// 127.0.0.1, as in tests/api/export-s3.test.ts): the span is joined from its objects in the bucket
// and a byte range is cut from them, exactly as from the local disk.
import { describe, expect, it } from "vitest";
import { startS3rverBucket } from "@/tests/helpers/s3rver-bucket";

await startS3rverBucket("share-s3");

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { createShareLink } = await import("@/lib/sharing/create-share-link");
const clipRoute = await import("@/app/api/share/[token]/clips/[signalId]/[kind]/route");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createAudioRecording } = await import("@/prisma/factories/media");
const { createSession } = await import("@/prisma/factories/research");

describe("shared clips from S3", () => {
  it("serves the joined span and a range of it from the bucket", async () => {
    const owner = await createOwnerWithProject(db);
    const projectId = owner.project.id;
    const session = await createSession(db, { projectId, mode: "voice" });
    await createAudioRecording(db, mediaStorage(), {
      projectId,
      sessionId: session.id,
      durationMs: 20_000,
      segmentMs: 20_000,
      timesliceMs: 5_000,
    });
    const signal = await db.signal.create({
      data: {
        projectId,
        sessionId: session.id,
        type: "workaround",
        quote: "I retype it",
        confidence: 0.9,
        intensity: 0.9,
        offsetMs: 8_000,
      },
    });
    const { url } = await createShareLink({
      projectId,
      signalId: signal.id,
      expiresInDays: 30,
      actor: { kind: "user", id: owner.user.id },
    });
    const token = new URL(url).pathname.split("/")[2];
    const get = (headers: Record<string, string> = {}) =>
      clipRoute.GET(new Request("http://localhost:3000/api/x", { headers }), {
        params: Promise.resolve({ token, signalId: signal.id, kind: "audio" }),
      });

    const whole = await get();
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.length).toBe(44 + 20_000 * 8);
    expect(bytes.subarray(0, 4).toString("ascii")).toBe("RIFF");
    // a range across the first two timeslices' objects
    const part = await get({ range: "bytes=40000-40099" });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(40_000, 40_100));
  });
});
