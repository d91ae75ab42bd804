// The public key's "last used" follows its real use by screeners, the interview room and the SDK,
// including lookups answered from the in-process cache.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { resolvePublicKey, resolvePublicKeyValue } from "./public-key";
import { touchPublicKey } from "./touch-public-key";

const lastUsed = async (projectId: string) =>
  (await db.projectKey.findFirstOrThrow({ where: { projectId, kind: "public" }, select: { lastUsedAt: true } })).lastUsedAt;

describe("public key last used", () => {
  it("is recorded when a page resolves the key, and again after a minute even from the cache", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    expect(await lastUsed(project.id)).toBeNull();
    const caller = await resolvePublicKeyValue(publicKey);
    const first = await lastUsed(project.id);
    expect(first).not.toBeNull();
    // answered from the cache: no second write within the minute
    await resolvePublicKey(new Request(`http://localhost/api/sdk/sessions?key=${publicKey}`));
    expect(await lastUsed(project.id)).toEqual(first);
    // a minute later (this process's clock), the next use writes again
    await db.projectKey.update({ where: { id: caller.keyId }, data: { lastUsedAt: new Date(Date.now() - 120_000) } });
    await touchPublicKey(caller.keyId, Date.now() + 61_000);
    expect((await lastUsed(project.id))!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });
});
