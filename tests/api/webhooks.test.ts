// The webhooks and Slack API (admin): an endpoint is created with a Standard Webhooks secret shown
// once and stored sealed, bad input is refused with 4xx and changes nothing, updates and deletes
// are audited, the delivery log lists attempts, and another project's endpoint is not reachable.
import { describe, expect, it } from "vitest";
import { GET as listDeliveries } from "@/app/api/v1/projects/[projectId]/webhooks/[webhookId]/deliveries/route";
import { DELETE as deleteEndpoint, PATCH as updateEndpoint } from "@/app/api/v1/projects/[projectId]/webhooks/[webhookId]/route";
import { POST as rotateSecret } from "@/app/api/v1/projects/[projectId]/webhooks/[webhookId]/secret/route";
import { POST as sendTest } from "@/app/api/v1/projects/[projectId]/webhooks/[webhookId]/test/route";
import { GET as listEndpoints, POST as createEndpoint } from "@/app/api/v1/projects/[projectId]/webhooks/route";
import { DELETE as removeSlack, GET as getSlack, PUT as putSlack } from "@/app/api/v1/projects/[projectId]/slack/route";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/github/credential-cipher";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { callRoute } from "../helpers/call-route";

async function created(eventTypes = ["task.created", "session.processed"]) {
  const owner = await createOwnerWithProject(db);
  const params = { projectId: owner.project.id };
  const res = await callRoute(createEndpoint, {
    method: "POST",
    token: owner.token,
    params,
    body: { url: "http://127.0.0.1:9/hooks", description: "CI", eventTypes },
  });
  return { owner, params, res };
}

describe("webhook endpoints API", () => {
  it("creates an endpoint: the secret is whsec_ + base64 of 32 bytes, shown once, stored sealed; the list never shows it", async () => {
    const { owner, params, res } = await created();
    expect(res.status).toBe(201);
    expect(res.json.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(res.json.secret.slice(6), "base64")).toHaveLength(32);
    expect(res.json.endpoint).toMatchObject({
      url: "http://127.0.0.1:9/hooks",
      description: "CI",
      eventTypes: ["task.created", "session.processed"],
      enabled: true,
    });
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: res.json.endpoint.id } });
    expect(row.secretCiphertext).not.toContain(res.json.secret.slice(6, 20));
    expect(decryptSecret(row.secretCiphertext)).toBe(res.json.secret);

    const list = await callRoute(listEndpoints, { token: owner.token, params });
    expect(list.json.endpoints).toHaveLength(1);
    expect(JSON.stringify(list.json)).not.toContain("whsec_");
    expect(await db.auditEvent.findFirst({ where: { projectId: owner.project.id, action: "webhook.created" } })).toMatchObject({
      targetId: res.json.endpoint.id,
      details: { host: "127.0.0.1:9" },
    });
  });

  it.each([
    [{ url: "ftp://example.test/x", eventTypes: ["task.created"] }, "url"],
    [{ url: "not a url", eventTypes: ["task.created"] }, "url"],
    [{ url: "http://127.0.0.1:9/x", eventTypes: [] }, "eventTypes"],
    [{ url: "http://127.0.0.1:9/x", eventTypes: ["task.deleted"] }, "eventTypes.0"],
    [{ url: "http://127.0.0.1:9/x", eventTypes: ["webhook.test"] }, "eventTypes.0"],
    [{ url: "http://127.0.0.1:9/x", eventTypes: ["task.created"], secret: "mine" }, "(root)"],
  ])("refuses %j with 400 naming %s, and stores nothing", async (body, field) => {
    const owner = await createOwnerWithProject(db);
    const res = await callRoute(createEndpoint, { method: "POST", token: owner.token, params: { projectId: owner.project.id }, body });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.details.fields)).toContain(field);
    expect(await db.webhookEndpoint.count({ where: { projectId: owner.project.id } })).toBe(0);
  });

  it("updates, rotates the secret, sends a test event into the delivery log, and deletes", async () => {
    const { owner, params, res } = await created();
    const webhookId = res.json.endpoint.id;
    const p = { ...params, webhookId };

    const patched = await callRoute(updateEndpoint, {
      method: "PATCH",
      token: owner.token,
      params: p,
      body: { enabled: false, eventTypes: ["impact.measured"] },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.endpoint).toMatchObject({ enabled: false, eventTypes: ["impact.measured"] });
    expect((await callRoute(updateEndpoint, { method: "PATCH", token: owner.token, params: p, body: {} })).status).toBe(400);
    expect((await callRoute(updateEndpoint, { method: "PATCH", token: owner.token, params: p, body: { url: "gopher://x" } })).status).toBe(
      400,
    );

    const rotated = await callRoute(rotateSecret, { method: "POST", token: owner.token, params: p });
    expect(rotated.json.secret).toMatch(/^whsec_/);
    expect(rotated.json.secret).not.toBe(res.json.secret);

    const test = await callRoute(sendTest, { method: "POST", token: owner.token, params: p });
    expect(test.status).toBe(202);
    expect(test.json.delivery).toMatchObject({ eventType: "webhook.test", status: "pending", attempts: 0 });
    const log = await callRoute(listDeliveries, { token: owner.token, params: p });
    expect(log.json.deliveries).toEqual([expect.objectContaining({ id: test.json.delivery.id, status: "pending" })]);
    expect(
      await db.outboxEvent.count({
        where: { name: "integrations/event.emitted", payload: { path: ["messageId"], equals: test.json.delivery.messageId } },
      }),
    ).toBe(1);

    expect((await callRoute(deleteEndpoint, { method: "DELETE", token: owner.token, params: p })).status).toBe(204);
    expect(await db.webhookDelivery.count({ where: { endpointId: webhookId } })).toBe(0);
    expect((await callRoute(deleteEndpoint, { method: "DELETE", token: owner.token, params: p })).status).toBe(404);
    const actions = (await db.auditEvent.findMany({ where: { projectId: owner.project.id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["webhook.created", "webhook.updated", "webhook.secret_rotated", "webhook.deleted"]);
  });

  it("another project's endpoint is not found through this project, and nothing changes", async () => {
    const a = await created();
    const b = await createOwnerWithProject(db);
    const p = { projectId: b.project.id, webhookId: a.res.json.endpoint.id };
    for (const [handler, method, body] of [
      [updateEndpoint, "PATCH", { enabled: false }],
      [deleteEndpoint, "DELETE", undefined],
      [sendTest, "POST", undefined],
      [rotateSecret, "POST", undefined],
      [listDeliveries, "GET", undefined],
    ] as const) {
      const res = await callRoute(handler, { method, token: b.token, params: p, body });
      expect(res.status, method).toBe(404);
    }
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: a.res.json.endpoint.id } })).toMatchObject({ enabled: true });
  });
});

describe("Slack API", () => {
  it("sets the URL sealed (never shown again), refuses a bad one, and removes it", async () => {
    const owner = await createOwnerWithProject(db);
    const params = { projectId: owner.project.id };
    expect((await callRoute(getSlack, { token: owner.token, params })).json).toEqual({ slack: { configured: false } });
    const bad = await callRoute(putSlack, { method: "PUT", token: owner.token, params, body: { url: "javascript:alert(1)" } });
    expect(bad.status).toBe(400);
    const ok = await callRoute(putSlack, { method: "PUT", token: owner.token, params, body: { url: "http://127.0.0.1:9/services/T/B/x" } });
    expect(ok.json).toEqual({ slack: { configured: true } });
    const got = await callRoute(getSlack, { token: owner.token, params });
    expect(JSON.stringify(got.json)).not.toContain("services");
    expect((await callRoute(removeSlack, { method: "DELETE", token: owner.token, params })).json).toEqual({ slack: { configured: false } });
    const actions = (await db.auditEvent.findMany({ where: { projectId: owner.project.id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["slack.configured", "slack.removed"]);
  });
});
