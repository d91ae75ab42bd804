import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener } from "@/prisma/factories/research";
import { loadPublicScreenerPage } from "./load-public-screener-page";
import { LIMITS } from "@/lib/rate-limit/limits";
import { rateLimiter } from "@/lib/rate-limit/rate-limiter";

const request = (key: string | null, ip = randomUUID()) =>
  new Request(`http://participant.local/${key === null ? "" : `?key=${encodeURIComponent(key)}`}`, { headers: { "x-forwarded-for": ip } });

describe("loadPublicScreenerPage", () => {
  it("explains missing and invalid keys", async () => {
    expect(await loadPublicScreenerPage({ request: request(null), screenerId: "x", preview: false })).toEqual({ kind: "missing_key" });
    expect(await loadPublicScreenerPage({ request: request("ut_pub_nope"), screenerId: "x", preview: false })).toMatchObject({
      kind: "invalid_key",
    });
  });

  it("shows the form of an active screener and counts the view; drafts and other projects' screeners are not found", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: project.id, status: "active" });
    const page = await loadPublicScreenerPage({ request: request(publicKey), screenerId: s.id, preview: false });
    expect(page).toMatchObject({ kind: "form", preview: false, publicKey, screener: { id: s.id } });
    expect((await db.screener.findUniqueOrThrow({ where: { id: s.id } })).viewCount).toBe(1);

    const draft = await createScreener(db, { projectId: project.id, status: "draft" });
    expect(await loadPublicScreenerPage({ request: request(publicKey), screenerId: draft.id, preview: false })).toEqual({
      kind: "not_found",
    });
    const other = await createOwnerWithProject(db);
    expect(await loadPublicScreenerPage({ request: request(other.publicKey), screenerId: s.id, preview: false })).toEqual({
      kind: "not_found",
    });
  });

  it("says when a screener is paused, closed or full", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    for (const status of ["paused", "closed"] as const) {
      const s = await createScreener(db, { projectId: project.id, status });
      expect(await loadPublicScreenerPage({ request: request(publicKey), screenerId: s.id, preview: false })).toMatchObject({
        kind: "not_accepting",
        screener: { status, questions: [] },
      });
    }
    const full = await createScreener(db, { projectId: project.id, status: "active", maxParticipants: 2, counts: { qualified: 2 } });
    expect(await loadPublicScreenerPage({ request: request(publicKey), screenerId: full.id, preview: false })).toMatchObject({
      kind: "full",
    });
  });

  it("applies the per-IP view limit", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const s = await createScreener(db, { projectId: project.id, status: "active" });
    const ip = randomUUID();
    // most of the minute's budget is already spent from this address
    await rateLimiter().consume("screenerViewPerIp", ip, LIMITS.screenerViewPerIp.points - 1);
    expect((await loadPublicScreenerPage({ request: request(publicKey, ip), screenerId: s.id, preview: false })).kind).not.toBe(
      "rate_limited",
    );
    expect(await loadPublicScreenerPage({ request: request(publicKey, ip), screenerId: s.id, preview: false })).toEqual({
      kind: "rate_limited",
    });
  });
});
