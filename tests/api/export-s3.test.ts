// Exports with media in an S3-compatible bucket (the real @aws-sdk/client-s3 against s3rver on
// 127.0.0.1, as in lib/storage/media-storage.test.ts): the project zip, whose length is unknown
// while it streams, is stored (the driver spools it to disk, never to memory) and downloaded whole;
// a participant export's recording link streams its object from the bucket.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { startS3rverBucket } from "@/tests/helpers/s3rver-bucket";

await startS3rverBucket("export-s3");

const { db } = await import("@/lib/db");
const { mediaStorage } = await import("@/lib/storage");
const { buildExportFunction } = await import("@/inngest/functions/build-export");
const exportsRoute = await import("@/app/api/v1/projects/[projectId]/exports/route");
const downloadRoute = await import("@/app/api/v1/projects/[projectId]/exports/[exportId]/download/route");
const mediaLinkRoute = await import("@/app/api/v1/media-links/[token]/route");
const { createOwnerWithProject } = await import("@/prisma/factories/identity");
const { createAudioRecording } = await import("@/prisma/factories/media");
const { createSession, createSignal } = await import("@/prisma/factories/research");
const { callRoute } = await import("../helpers/call-route");

async function built(token: string, projectId: string, body: unknown) {
  const res = await callRoute(exportsRoute.POST, { method: "POST", token, params: { projectId }, body });
  expect(res.status).toBe(202);
  const exportId = res.json.export.id as string;
  const { error } = await new InngestTestEngine({
    function: buildExportFunction,
    events: [{ name: "privacy/export.requested", data: { projectId, exportId } }],
  }).executeStep("complete");
  expect(error).toBeUndefined();
  const file = await downloadRoute.GET(
    new Request(`http://localhost:3000/api/v1/projects/${projectId}/exports/${exportId}/download`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ projectId, exportId }) },
  );
  expect(file.status).toBe(200);
  return { exportId, bytes: Buffer.from(await file.arrayBuffer()) };
}

describe("exports with S3 storage", () => {
  it("stores the streamed project zip in the bucket and serves it whole", async () => {
    expect(mediaStorage().driver).toBe("s3");
    const { token, project } = await createOwnerWithProject(db);
    for (let i = 0; i < 30; i++) {
      const s = await createSession(db, { projectId: project.id, participantEmail: `p${i}@example.com` });
      await createSignal(db, { projectId: project.id, sessionId: s.id, quote: `quote number ${i}` });
    }
    const { exportId, bytes } = await built(token, project.id, { kind: "project" });
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    const row = await db.dataExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(Number(row.sizeBytes)).toBe(bytes.length);
    expect(row.counts).toMatchObject({ sessions: 30, signals: 30 });
    expect(await mediaStorage().exists(`projects/${project.id}/exports/${exportId}.zip`)).toBe(true);
  });

  it("a participant export's recording link streams the object from the bucket", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const s = await createSession(db, { projectId: project.id, participantEmail: "ana@example.com" });
    await createAudioRecording(db, mediaStorage(), { projectId: project.id, sessionId: s.id, durationMs: 5_000 });
    const { bytes } = await built(token, project.id, { kind: "participant", email: "ana@example.com" });
    const doc = JSON.parse(bytes.toString("utf8"));
    const url = new URL(doc.sessions[0].recordings[0].url);
    const linkToken = url.pathname.split("/").pop()!;
    const media = await mediaLinkRoute.GET(new Request(url), { params: Promise.resolve({ token: linkToken }) });
    expect(media.status).toBe(200);
    expect(
      Buffer.from(await media.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("RIFF");
  });
});
