// Recordings through the API: the segment list on the session's clock, and each segment's bytes
// with HTTP Range support (206 / 416) so the dashboard's player can seek; scoped to the project.
// An audio span (one recorder run uploaded as timeslices, ADR 010) is one segment, served joined.
import { describe, expect, it } from "vitest";
import { GET as getSegment } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/[index]/route";
import { GET as listSegments } from "@/app/api/v1/projects/[projectId]/sessions/[sessionId]/media/[kind]/route";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";
import { addMember, createApiTokenFor, createOwnerWithProject, createUser } from "@/prisma/factories/identity";
import { createAudioRecording, toneWav } from "@/prisma/factories/media";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

async function sessionWithAudio() {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, { projectId: owner.project.id, mode: "voice" });
  const chunks = await createAudioRecording(db, mediaStorage(), {
    projectId: owner.project.id,
    sessionId: session.id,
    durationMs: 25_000,
    segmentMs: 10_000,
  });
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
    expect(
      (await fetchSegment(other.token, { projectId: other.project.id, sessionId: session.id, kind: "audio", index: "0" })).status,
    ).toBe(404);
    const missing = await fetchSegment(token, { projectId: project.id, sessionId: session.id, kind: "audio", index: "9" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
    expect((await fetchSegment(token, { projectId: project.id, sessionId: session.id, kind: "audio", index: "-1" })).status).toBe(400);
  });

  it("an audio span is one segment: listed once for its run, served as its timeslices joined (ranges across them), its later chunks have no URL", async () => {
    const owner = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: owner.project.id, mode: "voice", status: "completed" });
    // two 30 s spans of 5 s timeslices (only each span's first chunk has the WAV header), then an older self-contained chunk
    const chunks = await createAudioRecording(db, mediaStorage(), {
      projectId: owner.project.id,
      sessionId: session.id,
      durationMs: 60_000,
      segmentMs: 30_000,
      timesliceMs: 5_000,
    });
    expect(chunks.map((c) => c.spanStartIndex)).toEqual([0, 0, 0, 0, 0, 0, 6, 6, 6, 6, 6, 6]);
    const params = { projectId: owner.project.id, sessionId: session.id, kind: "audio" };
    const list = await callRoute(listSegments, { token: owner.token, params });
    expect(
      list.json.segments.map((s: { index: number; startMs: number; durationMs: number; sizeBytes: number }) => [
        s.index,
        s.startMs,
        s.durationMs,
        s.sizeBytes,
      ]),
    ).toEqual([
      [0, 0, 30_000, toneWav(30_000).length],
      [6, 30_000, 30_000, toneWav(30_000).length],
    ]);

    const whole = await fetchSegment(owner.token, { ...params, index: "6" });
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    // the joined span is the WAV it was cut from: one header that counts all its samples
    expect(bytes.equals(toneWav(30_000))).toBe(true);
    expect(whole.headers.get("content-length")).toBe(String(bytes.length));
    expect(whole.headers.get("cache-control")).toBe("private, max-age=3600");

    // a range that starts in one timeslice and ends in the next
    const boundary = chunks[6].sizeBytes;
    const across = await fetchSegment(owner.token, { ...params, index: "6" }, { range: `bytes=${boundary - 10}-${boundary + 9}` });
    expect(across.status).toBe(206);
    expect(across.headers.get("content-range")).toBe(`bytes ${boundary - 10}-${boundary + 9}/${bytes.length}`);
    expect(Buffer.from(await across.arrayBuffer())).toEqual(bytes.subarray(boundary - 10, boundary + 10));
    const tail = await fetchSegment(owner.token, { ...params, index: "6" }, { range: "bytes=-100" });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 100));
    expect((await fetchSegment(owner.token, { ...params, index: "6" }, { range: `bytes=${bytes.length}-` })).status).toBe(416);

    // a later timeslice of a span does not play alone: no URL
    expect((await fetchSegment(owner.token, { ...params, index: "7" })).status).toBe(404);
    // a lost later timeslice is left out of the join rather than failing the segment
    await mediaStorage().delete(chunks[11].storageKey);
    const gap = await fetchSegment(owner.token, { ...params, index: "6" });
    expect(Buffer.from(await gap.arrayBuffer()).length).toBe(bytes.length - chunks[11].sizeBytes);
    // the span's first timeslice lost: nothing decodes
    await mediaStorage().delete(chunks[0].storageKey);
    expect((await fetchSegment(owner.token, { ...params, index: "0" })).status).toBe(404);
  });

  it("a span still recording is revalidated, not cached for an hour", async () => {
    const owner = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: owner.project.id, mode: "voice", status: "active" });
    await createAudioRecording(db, mediaStorage(), {
      projectId: owner.project.id,
      sessionId: session.id,
      durationMs: 10_000,
      segmentMs: 10_000,
      timesliceMs: 5_000,
    });
    const res = await fetchSegment(owner.token, { projectId: owner.project.id, sessionId: session.id, kind: "audio", index: "0" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
  });
});
