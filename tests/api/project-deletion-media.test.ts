// Deleting a project (DELETE /api/v1/projects/:id) removes its media files too: the delete writes a
// project/deleted outbox event in its own transaction, and purge-project-media (run here by
// @inngest/test with that event) empties projects/<id>/ in the real local-disk storage. Another
// project's files are left alone.
import fs from "node:fs";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { DELETE as deleteProjectRoute } from "@/app/api/v1/projects/[projectId]/route";
import { purgeProjectMediaFunction } from "@/inngest/functions/purge-project-media";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mediaStorage } from "@/lib/storage";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createAudioRecording } from "@/prisma/factories/media";
import { createSession } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

const projectDir = (projectId: string) => path.resolve(env().DATA_DIR, "media", "projects", projectId);
const filesUnder = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()) : [];

async function recordedProject() {
  const owner = await createOwnerWithProject(db);
  const session = await createSession(db, { projectId: owner.project.id, status: "completed" });
  await createAudioRecording(db, mediaStorage(), { projectId: owner.project.id, sessionId: session.id, durationMs: 60_000 });
  return owner;
}

describe("project deletion", () => {
  it("leaves no media file under the project's prefix", async () => {
    const { token, project } = await recordedProject();
    const other = await recordedProject();
    expect(filesUnder(projectDir(project.id)).length).toBeGreaterThan(0);

    const res = await callRoute(deleteProjectRoute, { method: "DELETE", token, params: { projectId: project.id } });
    expect(res.status).toBeLessThan(300);
    expect(await db.project.count({ where: { id: project.id } })).toBe(0);
    const queued = await db.outboxEvent.findMany({ where: { name: "project/deleted" } });
    expect(queued.map((e) => e.payload)).toContainEqual({ projectId: project.id });

    const { result, error } = await new InngestTestEngine({
      function: purgeProjectMediaFunction,
      events: [{ name: "project/deleted", data: { projectId: project.id } }],
    }).execute();
    expect(error).toBeUndefined();
    expect((result as { deleted: number }).deleted).toBe(2);
    expect(filesUnder(projectDir(project.id))).toEqual([]);
    expect(filesUnder(projectDir(other.project.id)).length).toBe(2);
  });
});
