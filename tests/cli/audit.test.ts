// `usertests audit list` against the app's route handlers on a loopback port: an action taken
// through the CLI shows up in the audit log, with pages and JSON; a non-admin is refused.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createApiTokenFor, createUser } from "@/prisma/factories/identity";
import { createCliRunner } from "./helpers/run-cli";
import { signedInCliForFile } from "./helpers/signed-in-cli";

const signedIn = signedInCliForFile();

describe("usertests audit list", () => {
  it("shows the key created and revoked through the CLI, newest first, and pages with --cursor", async () => {
    const created = await signedIn.cli.run(["key", "create", "--name", "deploy", "--json"]);
    expect(created.code, created.stderr).toBe(0);
    const keyId = JSON.parse(created.stdout).key.id;
    expect((await signedIn.cli.run(["key", "revoke", keyId])).code).toBe(0);

    const list = await signedIn.cli.run(["audit", "list"]);
    expect(list.code, list.stderr).toBe(0);
    const revokedAt = list.stdout.indexOf("secret_key.revoked");
    expect(revokedAt).toBeGreaterThan(-1);
    expect(list.stdout.indexOf("secret_key.created")).toBeGreaterThan(revokedAt);
    expect(list.stdout).toContain(`user ${signedIn.owner.user.id}`);
    expect(list.stdout).toContain(`key ${keyId}`);

    const first = JSON.parse((await signedIn.cli.run(["audit", "list", "--limit", "1", "--json"])).stdout);
    expect(first.events.map((e: { action: string }) => e.action)).toEqual(["secret_key.revoked"]);
    const second = JSON.parse((await signedIn.cli.run(["audit", "list", "--limit", "1", "--cursor", first.nextCursor, "--json"])).stdout);
    expect(second.events.map((e: { action: string }) => e.action)).toEqual(["secret_key.created"]);

    const filtered = JSON.parse((await signedIn.cli.run(["audit", "list", "--action", "secret_key.created", "--json"])).stdout);
    expect(filtered.events).toHaveLength(1);
  });

  it("a member who is not an admin is refused", async () => {
    const user = await createUser(db);
    await addMember(db, { projectId: signedIn.owner.project.id, userId: user.id, role: "member" });
    const token = await createApiTokenFor(db, { userId: user.id });
    const other = await createCliRunner();
    try {
      expect((await other.run(["auth", "login", "--token", token, "--base-url", signedIn.app.url])).code).toBe(0);
      const res = await other.run(["audit", "list", "--project", signedIn.owner.project.id]);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(/admin/i);
    } finally {
      other.cleanup();
    }
  });
});
