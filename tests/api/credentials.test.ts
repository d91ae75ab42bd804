// Personal API tokens and project keys: hashing at rest, show-once, revocation, rotation, and how
// each credential authenticates (or not) through the route wrapper.
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { DELETE as revokeKey } from "@/app/api/v1/projects/[projectId]/keys/[keyId]/route";
import { POST as rotatePublic } from "@/app/api/v1/projects/[projectId]/keys/rotate-public/route";
import { GET as listKeys, POST as createKey } from "@/app/api/v1/projects/[projectId]/keys/route";
import { GET as getProject, PATCH as updateProject } from "@/app/api/v1/projects/[projectId]/route";
import { resolvePublicKeyValue } from "@/lib/access/public-key";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/security/secret-tokens";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

describe("personal API tokens", () => {
  it("are shown once, stored hashed, authenticate, and stop working when revoked", async () => {
    const { token, user } = await createOwnerWithProject(db);
    const created = await callRoute(createToken, { method: "POST", token, body: { name: "laptop" } });
    expect(created.status).toBe(201);
    const secret: string = created.json.token;
    expect(secret).toMatch(/^ut_pat_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.json.apiToken.id } });
    expect(row.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const listed = await callRoute(listTokens, { token });
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    expect(listed.json.tokens.find((t: { id: string }) => t.id === row.id).prefix).toBe(secret.slice(0, 13));

    const whoami = await callRoute(me, { token: secret });
    expect(whoami.json).toMatchObject({ kind: "user", via: "api_token", user: { id: user.id } });

    expect((await callRoute(revokeToken, { method: "DELETE", token, params: { tokenId: row.id } })).status).toBe(200);
    const after = await callRoute(me, { token: secret });
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe("unauthorized");
    expect((await callRoute(revokeToken, { method: "DELETE", token, params: { tokenId: row.id } })).status).toBe(409);
  });

  it("refuses expired, unknown and malformed credentials with 401", async () => {
    const { token } = await createOwnerWithProject(db);
    const created = await callRoute(createToken, { method: "POST", token, body: { name: "short", expiresInDays: 1 } });
    await db.apiToken.update({ where: { id: created.json.apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(me, { token: created.json.token })).status).toBe(401);
    expect((await callRoute(me, { token: "ut_pat_doesnotexist" })).status).toBe(401);
    expect((await callRoute(me, { token: "something-else" })).status).toBe(401);
    expect((await callRoute(me, { headers: { authorization: "Basic abc" } })).status).toBe(401);
    expect((await callRoute(me, {})).json).toEqual({ error: { code: "unauthorized", message: "Sign in or send a valid API token" } });
  });

  it("cannot revoke another user's token", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const created = await callRoute(createToken, { method: "POST", token: b.token, body: { name: "b" } });
    const res = await callRoute(revokeToken, { method: "DELETE", token: a.token, params: { tokenId: created.json.apiToken.id } });
    expect(res.status).toBe(404);
    expect((await callRoute(me, { token: created.json.token })).status).toBe(200);
  });
});

describe("project keys", () => {
  it("secret keys are shown once, stored hashed, act on their project only, and stop working when revoked", async () => {
    const { token, project } = await createOwnerWithProject(db);
    const other = await createOwnerWithProject(db);
    const params = { projectId: project.id };
    const created = await callRoute(createKey, { method: "POST", token, params, body: { name: "backend" } });
    expect(created.status).toBe(201);
    const secret: string = created.json.secret;
    expect(secret).toMatch(/^ut_sec_/);
    const row = await db.projectKey.findUniqueOrThrow({ where: { id: created.json.key.id } });
    expect(row).toMatchObject({ kind: "secret", keyHash: hashSecret(secret), publicValue: null });

    const listed = await callRoute(listKeys, { token, params });
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    expect(JSON.stringify(listed.json)).not.toContain(row.keyHash);
    expect(listed.json.secretKeys[0]).toMatchObject({ id: row.id, name: "backend", revokedAt: null });

    expect((await callRoute(getProject, { token: secret, params })).status).toBe(200);
    expect((await callRoute(getProject, { token: secret, params: { projectId: other.project.id } })).status).toBe(404);
    expect((await callRoute(me, { token: secret })).json).toMatchObject({ kind: "secret_key", project: { id: project.id } });

    expect((await callRoute(revokeKey, { method: "DELETE", token, params: { ...params, keyId: row.id } })).status).toBe(200);
    expect((await callRoute(getProject, { token: secret, params })).status).toBe(401);
    expect((await callRoute(revokeKey, { method: "DELETE", token, params: { ...params, keyId: row.id } })).status).toBe(409);
  });

  it("a key id of another project is not found, and nothing is revoked", async () => {
    const a = await createOwnerWithProject(db);
    const b = await createOwnerWithProject(db);
    const bKey = await callRoute(createKey, { method: "POST", token: b.token, params: { projectId: b.project.id }, body: { name: "b" } });
    const res = await callRoute(revokeKey, {
      method: "DELETE",
      token: a.token,
      params: { projectId: a.project.id, keyId: bKey.json.key.id },
    });
    expect(res.status).toBe(404);
    expect((await db.projectKey.findUniqueOrThrow({ where: { id: bKey.json.key.id } })).revokedAt).toBeNull();
  });

  it("rotating the public key revokes the old value and issues a new one", async () => {
    const { token, project, publicKey } = await createOwnerWithProject(db);
    const params = { projectId: project.id };
    const res = await callRoute(rotatePublic, { method: "POST", token, params });
    expect(res.status).toBe(201);
    const fresh: string = res.json.publicKey.value;
    expect(fresh).toMatch(/^ut_pub_/);
    expect(fresh).not.toBe(publicKey);
    expect((await db.projectKey.findUniqueOrThrow({ where: { keyHash: hashSecret(publicKey) } })).revokedAt).not.toBeNull();
    const listed = await callRoute(listKeys, { token, params });
    expect(listed.json.publicKey.value).toBe(fresh);
    expect(await db.projectKey.count({ where: { projectId: project.id, kind: "public", revokedAt: null } })).toBe(1);
  });

  it("a public key in use stops working the moment it is rotated, and origin changes apply at once", async () => {
    // public-key lookups are cached for a few seconds (lib/access/public-key-cache.ts); the changes
    // made through this instance must not wait for that
    const { token, project, publicKey } = await createOwnerWithProject(db);
    const params = { projectId: project.id };
    expect((await resolvePublicKeyValue(publicKey)).allowedOrigins).toEqual([]);

    const patched = await callRoute(updateProject, {
      method: "PATCH",
      token,
      params,
      body: { allowedOrigins: ["https://shop.example.com"] },
    });
    expect(patched.status).toBe(200);
    expect((await resolvePublicKeyValue(publicKey)).allowedOrigins).toEqual(["https://shop.example.com"]);

    const rotated = await callRoute(rotatePublic, { method: "POST", token, params });
    expect(rotated.status).toBe(201);
    await expect(resolvePublicKeyValue(publicKey)).rejects.toMatchObject({ status: 401 });
    expect((await resolvePublicKeyValue(rotated.json.publicKey.value)).projectId).toBe(project.id);
  });

  it("a public key is not an API credential", async () => {
    const { project, publicKey } = await createOwnerWithProject(db);
    const res = await callRoute(getProject, { token: publicKey, params: { projectId: project.id } });
    expect(res.status).toBe(401);
  });
});
