// After the retention policy removed a session's recording, the session page plays nothing (no
// requests for deleted files), still shows the spoken transcript at its moment, and says the
// recording was removed by the retention policy.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReplayData } from "@/components/sessions/replay-data";
import { SessionReplay } from "@/components/sessions/replay/session-replay";
import { db } from "@/lib/db";
import type { EventDensity } from "@/lib/sessions/get-event-density";
import { getSessionDetail } from "@/lib/sessions/get-session-detail";
import { mediaStorage } from "@/lib/storage";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createSession } from "@/prisma/factories/research";
import { removeExpiredMedia } from "./remove-expired-media";

const density: EventDensity = { total: 0, lastMs: null, bucketMs: 1000, buckets: [] };
const noEvents = { first: [], nextCursor: null, density };

describe("a session whose recording the retention policy removed", () => {
  it("keeps its transcript and says the recording was removed", async () => {
    const { project } = await createOwnerWithProject(db);
    const session = await createSession(db, { projectId: project.id, status: "completed" });
    await createAudioRecording(db, mediaStorage(), {
      projectId: project.id,
      sessionId: session.id,
      durationMs: 60_000,
      transcripts: ["First half.", "It takes me an hour every Friday."],
    });
    const before = buildReplayData(await getSessionDetail({ projectId: project.id, sessionId: session.id }), noEvents, 0);
    expect(before.audio).toHaveLength(2);
    expect(before.recordingRemovedAt).toBeNull();

    await removeExpiredMedia({ projectId: project.id, before: new Date(Date.now() + 1000) });
    const after = buildReplayData(await getSessionDetail({ projectId: project.id, sessionId: session.id }), noEvents, 0);
    expect(after.audio).toEqual([]);
    expect(after.lines.map((l) => [l.offsetMs, l.text])).toEqual([
      [0, "First half."],
      [30_000, "It takes me an hour every Friday."],
    ]);
    expect(after.totalMs).toBe(before.totalMs);
    expect(after.recordingRemovedAt).not.toBeNull();

    const html = renderToStaticMarkup(createElement(SessionReplay, { data: after }));
    expect(html).toContain("Recording removed by the retention policy");
  });
});
