// A shared clip from an S3-compatible bucket (the real @aws-sdk/client-s3 against s3rver on
// 127.0.0.1, as in tests/api/export-s3.test.ts): the span is joined from its objects in the bucket
// and a byte range is cut from them, exactly as from the local disk.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, describe, expect, it, vi } from "vitest";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-share-s3-"));
const s3server = new S3rver({
  port: 0,
  address: "127.0.0.1",
  silent: true,
  directory: path.join(tmp, "s3rver"),
  configureBuckets: [{ name: "media", configs: [] }],
});
const { port } = await s3server.run();
for (const [k, v] of Object.entries({
  S3_BUCKET: "media",
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_FORCE_PATH_STYLE: "1",
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
}))
  vi.stubEnv(k, v);
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

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
