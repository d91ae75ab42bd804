// The public key's "last used" follows its real use by screeners, the interview room and the SDK,
// including lookups answered from the in-process cache.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { resolvePublicKey, resolvePublicKeyValue } from "./public-key";
import { forgetProjectPublicKeys } from "./public-key-cache";
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

describe("public key lookups, cached for a few seconds per process", () => {
  const keyRow = (projectId: string) => db.projectKey.findFirstOrThrow({ where: { projectId, kind: "public" } });

  it("a valid key is remembered (a revocation elsewhere shows within seconds), and forgotten at once after a change here", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const [first, second] = await Promise.all([resolvePublicKeyValue(publicKey), resolvePublicKeyValue(publicKey)]);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ kind: "public_key", projectId: project.id, allowedOrigins: [] });
    // revoked by another instance: this one still answers from memory within the TTL
    await db.projectKey.update({ where: { id: (await keyRow(project.id)).id }, data: { revokedAt: new Date() } });
    expect((await resolvePublicKeyValue(publicKey)).projectId).toBe(project.id);
    // a change made through this instance (rotation, origins, deletion) forgets the project's keys
    forgetProjectPublicKeys(project.id);
    await expect(resolvePublicKeyValue(publicKey)).rejects.toMatchObject({ message: "Invalid or revoked public key" });
  });

  it("a refused key is not remembered: it works as soon as it is valid", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const { id } = await keyRow(project.id);
    await db.projectKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await expect(resolvePublicKeyValue(publicKey)).rejects.toMatchObject({ message: "Invalid or revoked public key" });
    await db.projectKey.update({ where: { id }, data: { revokedAt: null } });
    expect((await resolvePublicKeyValue(publicKey)).keyId).toBe(id);
  });
});
