// An erasure with media in an S3-compatible bucket (the real @aws-sdk/client-s3 against s3rver on
// 127.0.0.1, as in lib/storage/media-storage.test.ts): her objects are gone from the bucket, the
// other participant's stay.
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { S3RVER_CREDENTIALS, startS3rverBucket } from "@/tests/helpers/s3rver-bucket";

const { endpoint } = await startS3rverBucket("erasure-s3");
const credentials = S3RVER_CREDENTIALS;

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { requestErasure } = await import("@/lib/erasure/request-erasure");
const { eraseParticipantFunction } = await import("@/inngest/functions/erase-participant");
const { ANA, participantsProject } = await import("@/tests/helpers/erasure-fixtures");

const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials });
async function keysUnder(prefix: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: "media", Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key!);
}

describe("erasure with S3 storage", () => {
  it("deletes her media objects from the bucket and leaves the other participant's", async () => {
    expect(mediaStorage().driver).toBe("s3");
    const fx = await participantsProject(db, mediaStorage());
    const prefix = (sessionId: string) => `projects/${fx.projectId}/sessions/${sessionId}/`;
    for (const s of fx.ana.sessions) expect(await keysUnder(prefix(s.id))).toHaveLength(2);

    const { erasure } = await requestErasure({
      projectId: fx.projectId,
      email: ANA.email,
      principal: { kind: "user", userId: fx.user.id, via: "api_token" },
    });
    const { error } = await new InngestTestEngine({
      function: eraseParticipantFunction,
      events: [{ name: "privacy/erasure.requested", data: { projectId: fx.projectId, erasureId: erasure.id } }],
    }).execute();
    expect(error).toBeUndefined();

    for (const s of fx.ana.sessions) expect(await keysUnder(prefix(s.id))).toEqual([]);
    expect(await keysUnder(prefix(fx.ben.session.id))).toHaveLength(2);
    const row = await db.erasureRequest.findUniqueOrThrow({ where: { id: erasure.id } });
    expect(row).toMatchObject({ status: "completed", removed: expect.objectContaining({ mediaObjects: 4, sessions: 2 }) });
  });
});
