// Recordings through the API: the segment list on the session's clock, and each segment's bytes
// with HTTP Range support (206 / 416) so the dashboard's player can seek; scoped to the project.
import { describe, expect, it } from "vitest";
import { GET as getSegment } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/[index]/route";
import { GET as listSegments } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/route";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function sessionWithAudio() {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, { projectId: owner.project.id, mode: "voice" });
  const chunks = await createAudioRecording(db, mediaStorage(), { projectId: owner.project.id, sessionId: session.id, durationMs: 25_000, segmentMs: 10_000 });
  return { ...owner, session, chunks };
}

function fetchSegment(token: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const req = new Request("http://localhost:3000/api/x", { headers: { authorization: `Bearer ${token}`, ...headers } });
  return getSegment(req, { params: Promise.resolve(params) });
}

describe("session media API", () => {
  it("lists segments on the session's clock with their URLs", async () => {
    const { token, project, session } = await sessionWithAudio();
    const res = await callRoute(listSegments, { token, params: { projectId: project.id, sessionId: session.id, kind: "audio" } });
    expect(res.status).toBe(200);
    expect(res.json.segments.map((s: { startMs: number; durationMs: number }) => [s.startMs, s.durationMs])).toEqual([
      [0, 10_000],
      [10_000, 10_000],
      [20_000, 5_000],
    ]);
    expect(res.json.segments[1].url).toBe(`/api/v1/projects/${project.id}/sessions/${session.id}/media/audio/1`);
    const screen = await callRoute(listSegments, { token, params: { projectId: project.id, sessionId: session.id, kind: "screen" } });
    expect(screen.json.segments).toEqual([]);
    const bad = await callRoute(listSegments, { token, params: { projectId: project.id, sessionId: session.id, kind: "video" } });
    expect(bad.status).toBe(400);
  });

  it("serves a whole segment, a byte range (206) and refuses a range past the end (416)", async () => {
    const { token, project, session, chunks } = await sessionWithAudio();
    const params = { projectId: project.id, sessionId: session.id, kind: "audio", index: "0" };
    const size = chunks[0].sizeBytes;

    const whole = await fetchSegment(token, params);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/wav");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.length).toBe(size);
    expect(bytes.subarray(0, 4).toString("ascii")).toBe("RIFF");

    const part = await fetchSegment(token, params, { range: "bytes=40-99" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 40-99/${size}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(40, 100));

    const open = await fetchSegment(token, params, { range: `bytes=${size - 10}-` });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer())).toEqual(bytes.subarray(size - 10));

    const suffix = await fetchSegment(token, params, { range: "bytes=-4" });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(bytes.subarray(size - 4));

    const beyond = await fetchSegment(token, params, { range: `bytes=${size}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);
    expect((await beyond.json()).error.code).toBe("range_not_satisfiable");
  });

  it("lets a viewer listen, hides other projects' recordings and answers 404 for a missing segment", async () => {
    const { token, project, session } = await sessionWithAudio();
    const viewer = await createUser(db);
    await addMember(db, { projectId: project.id, userId: viewer.id, role: "viewer" });
    const viewerToken = await createApiTokenFor(db, { userId: viewer.id });
    expect((await fetchSegment(viewerToken, { projectId: project.id, sessionId: session.id, kind: "audio", index: "1" })).status).toBe(200);

    const other = await createOwnerWithProject(db);
    expect((await fetchSegment(other.token, { projectId: project.id, sessionId: session.id, kind: "audio", index: "0" })).status).toBe(404);
    // the right session id under the wrong project is not found either
    expect((await fetchSegment(other.token, { projectId: other.project.id, sessionId: session.id, kind: "audio", index: "0" })).status).toBe(404);
    const missing = await fetchSegment(token, { projectId: project.id, sessionId: session.id, kind: "audio", index: "9" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
    expect((await fetchSegment(token, { projectId: project.id, sessionId: session.id, kind: "audio", index: "-1" })).status).toBe(400);
  });
});
