// The delivery function, run by @inngest/test against real PostgreSQL and a loopback receiver that
// verifies each signature: fan-out to subscribed endpoints only, retries recorded on the row (a
// receiver failing twice, then succeeding), a final failure, and replays that send nothing new.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emitProjectEvent, type WebhookEventType } from "@/lib/integrations/emit-project-event";
import { createWebhookEndpoint } from "@/lib/integrations/webhooks/create-webhook-endpoint";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";
import { sendTestEvent } from "@/lib/integrations/webhooks/send-test-event";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { startWebhookReceiver, type WebhookReceiver } from "@/tests/fakes/webhook-receiver";
import { deliverWebhooksFunction, deliverWebhooksPolicy } from "./deliver-webhooks";

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

async function projectWithEndpoint(eventTypes: WebhookEventType[] = ["task.created"], url = receiver.url) {
  const { project, user } = await createOwnerWithProject(db);
  const { endpoint, secret } = await createWebhookEndpoint({
    projectId: project.id,
    actor: { kind: "user", id: user.id },
    data: { url, eventTypes },
  });
  receiver.setSecret(secret);
  return { project, endpoint, secret };
}

/** The event as the outbox carries it (written by emitProjectEvent in a transaction). */
async function emitted(projectId: string, type: WebhookEventType, messageId: string): Promise<ProjectEventEmittedData> {
  const row = await db.$transaction((tx) =>
    emitProjectEvent(tx, { projectId, type, messageId, data: { taskId: "task_1", title: "Export breaks" } }),
  );
  return row.payload as ProjectEventEmittedData;
}

function run(data: ProjectEventEmittedData, attempt = 0) {
  return new InngestTestEngine({
    function: deliverWebhooksFunction,
    events: [{ name: "integrations/event.emitted", data }],
    transformCtx: (ctx) => ({ ...ctx, attempt }),
  }).execute();
}

const deliveries = (endpointId: string) => db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });

describe("deliver-webhooks", () => {
  it("delivers a signed Standard Webhooks payload the receiver verifies, once per endpoint even when replayed", async () => {
    const { project, endpoint } = await projectWithEndpoint();
    const before = receiver.received.length;
    const data = await emitted(project.id, "task.created", `task.created.${project.id}`);
    const { error, result } = await run(data);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ type: "task.created" });

    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0].verified).toBe(true);
    expect(got[0].headers["webhook-id"]).toBe(data.messageId);
    expect(JSON.parse(got[0].body)).toEqual({
      type: "task.created",
      timestamp: data.occurredAt,
      data: { projectId: project.id, taskId: "task_1", title: "Export breaks" },
    });
    const [row] = await deliveries(endpoint.id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 1, responseStatus: 200, responseExcerpt: "ok, thanks", error: null });
    expect(row.latencyMs).toBeGreaterThanOrEqual(0);
    expect(row.deliveredAt).not.toBeNull();

    // a replay of the same event (the outbox redelivering) sends nothing new
    expect((await run(data)).error).toBeUndefined();
    expect(receiver.received.length - before).toBe(1);
    expect(await deliveries(endpoint.id)).toHaveLength(1);
  });

  it("skips endpoints that are disabled or not subscribed to the type", async () => {
    const { project, endpoint } = await projectWithEndpoint(["session.processed"]);
    const off = await createWebhookEndpoint({
      projectId: project.id,
      actor: { kind: "system" },
      data: { url: receiver.url, eventTypes: ["task.created"], enabled: false },
    });
    const before = receiver.received.length;
    expect((await run(await emitted(project.id, "task.created", `m-${project.id}`))).error).toBeUndefined();
    expect(receiver.received.length).toBe(before);
    expect(await deliveries(endpoint.id)).toHaveLength(0);
    expect(await deliveries(off.endpoint.id)).toHaveLength(0);
  });

  it("a receiver that fails twice then succeeds: each attempt is recorded, the step is retried with backoff, the row ends succeeded", async () => {
    const { project, endpoint } = await projectWithEndpoint();
    const data = await emitted(project.id, "task.created", `retry-${project.id}`);
    receiver.answerNext(500, 503);

    const first = await run(data, 0);
    expect(first.error).toBeDefined();
    expect(deliverWebhooksPolicy.toInngestError(new Error("HTTP 500"), 0)).toMatchObject({ name: "RetryAfterError", retryAfter: "10" });
    expect((await deliveries(endpoint.id))[0]).toMatchObject({
      status: "pending",
      attempts: 1,
      responseStatus: 500,
      error: "the endpoint answered HTTP 500",
    });
    expect((await deliveries(endpoint.id))[0].responseExcerpt).toHaveLength(500);

    expect((await run(data, 1)).error).toBeDefined();
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: "pending", attempts: 2, responseStatus: 503 });

    const third = await run(data, 2);
    expect(third.error).toBeUndefined();
    const [row] = await deliveries(endpoint.id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 3, responseStatus: 200, error: null });
    // the receiver verified the same webhook-id on every attempt
    const attempts = receiver.received.filter((r) => r.headers["webhook-id"] === data.messageId);
    expect(attempts.map((a) => [a.verified, a.answered])).toEqual([
      [true, 500],
      [true, 503],
      [true, 200],
    ]);
  });

  it("the last attempt that fails marks the row failed with the error, and the run still ends (other endpoints go on)", async () => {
    const { project, endpoint } = await projectWithEndpoint(["task.created"], "http://127.0.0.1:1/nothing-listens-here");
    const data = await emitted(project.id, "task.created", `dead-${project.id}`);
    const last = await run(data, deliverWebhooksPolicy.retries);
    expect(last.error).toBeUndefined();
    const [row] = await deliveries(endpoint.id);
    expect(row).toMatchObject({ status: "failed", attempts: 1, responseStatus: null });
    expect(row.error).toMatch(/ECONNREFUSED|connect/);
  });

  it("a test event goes to its one endpoint through the same path", async () => {
    const { project, endpoint } = await projectWithEndpoint(["session.failed"]);
    const delivery = await sendTestEvent({ projectId: project.id, webhookId: endpoint.id });
    expect(delivery).toMatchObject({ status: "pending", eventType: "webhook.test", attempts: 0 });
    const outbox = await db.outboxEvent.findFirstOrThrow({ where: { name: "integrations/event.emitted" }, orderBy: { createdAt: "desc" } });
    const data = outbox.payload as ProjectEventEmittedData;
    expect(data).toMatchObject({ projectId: project.id, type: "webhook.test", messageId: delivery.messageId });
    expect((await run(data)).error).toBeUndefined();
    const got = receiver.received.at(-1)!;
    expect(got.verified).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ type: "webhook.test", data: { projectId: project.id, endpointId: endpoint.id } });
    expect(await deliveries(endpoint.id)).toMatchObject([{ id: delivery.id, status: "succeeded", attempts: 1 }]);
  });

  it("a tampered body or timestamp fails the receiver's verification", async () => {
    const { project } = await projectWithEndpoint();
    const data = await emitted(project.id, "task.created", `tamper-${project.id}`);
    await run(data);
    const good = receiver.received.at(-1)!;
    expect(good.verified).toBe(true);
    const post = (body: string, headers: Record<string, string>) =>
      fetch(receiver.url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
    const signed = {
      "webhook-id": good.headers["webhook-id"],
      "webhook-timestamp": good.headers["webhook-timestamp"],
      "webhook-signature": good.headers["webhook-signature"],
    };
    expect((await post(good.body.replace("Export breaks", "Export works"), signed)).status).toBe(401);
    expect((await post(good.body, { ...signed, "webhook-timestamp": String(Number(signed["webhook-timestamp"]) + 1) })).status).toBe(401);
    expect((await post(good.body, signed)).status).toBe(200);
  });
});
