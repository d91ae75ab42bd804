// Slack alerts against a loopback stand-in for hooks.slack.com: the Block Kit message for a task that
// rises to high priority and for a verified fix, nothing for other events, and retries on Slack errors.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setSlackWebhook } from "@/lib/integrations/slack/set-slack-webhook";
import { sendSlackTest } from "@/lib/integrations/slack/send-slack-test";
import type { ProjectEventEmittedData } from "@/lib/integrations/webhooks/project-event";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { notifySlackFunction } from "./notify-slack";

const posts: { path: string; body: { text: string; blocks: { type: string; text?: { text: string }; elements?: unknown[] }[] } }[] = [];
const answers: number[] = [];
const slack = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    posts.push({ path: req.url ?? "", body: JSON.parse(body) });
    const status = answers.shift() ?? 200;
    res.writeHead(status).end(status === 200 ? "ok" : "invalid_payload");
  });
});
let slackUrl = "";
beforeAll(async () => {
  await new Promise<void>((r) => slack.listen(0, "127.0.0.1", r));
  slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T000/B000/XXXX`;
});
afterAll(() => new Promise<void>((r) => slack.close(() => r())));

async function projectWithSlack() {
  const { project, user } = await createOwnerWithProject(db);
  await setSlackWebhook({ projectId: project.id, actor: { kind: "user", id: user.id }, url: slackUrl });
  const task = await db.task.create({
    data: { projectId: project.id, title: "Export to <Xero> & co breaks", priorityLabel: "high", signalCount: 7, sessionCount: 3 },
  });
  return { project, task };
}

const event = (projectId: string, type: string, data: Record<string, unknown>): ProjectEventEmittedData => ({
  projectId,
  type,
  messageId: `${type}.${crypto.randomUUID()}`,
  occurredAt: new Date().toISOString(),
  data,
});

const run = (data: ProjectEventEmittedData) =>
  new InngestTestEngine({ function: notifySlackFunction, events: [{ name: "integrations/event.emitted", data }] }).execute();

describe("notify-slack", () => {
  it("stores the URL sealed and posts a Block Kit message when a task rises to high priority", async () => {
    const { project, task } = await projectWithSlack();
    const stored = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(stored.slackWebhookCiphertext).toMatch(/^v1\./);
    expect(stored.slackWebhookCiphertext).not.toContain("hooks");

    const before = posts.length;
    const { result, error } = await run(event(project.id, "task.priority_changed", { taskId: task.id, from: "medium", to: "high" }));
    expect(error).toBeUndefined();
    expect(result).toEqual({ sent: true });
    expect(posts.length).toBe(before + 1);
    const { path, body } = posts.at(-1)!;
    expect(path).toBe("/services/T000/B000/XXXX");
    expect(body.text).toBe("High priority: Export to <Xero> & co breaks");
    expect(body.blocks.map((b) => b.type)).toEqual(["section", "context", "actions"]);
    // the title cannot turn into a Slack link or mention
    expect(body.blocks[0].text?.text).toContain("Export to &lt;Xero&gt; &amp; co breaks");
    expect(JSON.stringify(body.blocks[1])).toContain("Priority medium → high · 7 signals from 3 sessions");
    const evidenceUrl = (body.blocks[2].elements as { url: string }[])[1].url;
    expect(body.blocks[2].elements).toEqual([
      expect.objectContaining({ type: "button", url: `http://localhost:3000/projects/${project.id}/tasks/${task.id}` }),
      expect.objectContaining({ type: "button", text: { type: "plain_text", text: "See the evidence" } }),
    ]);
    // the evidence page is a share link the system made for the task: 30 days, listed and revocable in Settings
    expect(evidenceUrl).toMatch(/^http:\/\/localhost:3000\/share\/ut_shr_/);
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: project.id } });
    expect(link).toMatchObject({ taskId: task.id, createdByUserId: null });
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it("posts a verified fix, and ignores other events and priority changes that are not a rise to high", async () => {
    const { project, task } = await projectWithSlack();
    const before = posts.length;
    expect((await run(event(project.id, "task.verified", { taskId: task.id, verdict: "fixed" }))).result).toEqual({ sent: true });
    expect(posts.at(-1)!.body.text).toBe("Fix verified: Export to <Xero> & co breaks");
    expect(JSON.stringify(posts.at(-1)!.body.blocks)).toContain("Verdict: fixed");
    for (const e of [
      event(project.id, "task.created", { taskId: task.id }),
      event(project.id, "task.priority_changed", { taskId: task.id, from: "high", to: "critical" }),
      event(project.id, "task.priority_changed", { taskId: task.id, from: "low", to: "medium" }),
    ])
      expect((await run(e)).result).toMatchObject({ sent: false });
    expect(posts.length).toBe(before + 1);
  });

  it("a Slack error fails the step so Inngest retries it; the retry posts", async () => {
    const { project, task } = await projectWithSlack();
    answers.push(500);
    const e = event(project.id, "task.priority_changed", { taskId: task.id, from: "low", to: "critical" });
    const first = await run(e);
    expect((first.error as Error | undefined)?.message).toMatch(/Slack answered HTTP 500/);
    expect((await run(e)).result).toEqual({ sent: true });
    expect(posts.at(-1)!.body.text).toBe("High priority: Export to <Xero> & co breaks");
  });

  it("the test message is posted at once; without a URL it says to set one", async () => {
    const { project } = await projectWithSlack();
    expect(await sendSlackTest({ projectId: project.id })).toEqual({ sent: true });
    expect(posts.at(-1)!.body.text).toMatch(/UserTests is connected/);
    answers.push(404);
    await expect(sendSlackTest({ projectId: project.id })).rejects.toMatchObject({ code: "unprocessable", message: /HTTP 404/ });
    const other = await createOwnerWithProject(db);
    await expect(sendSlackTest({ projectId: other.project.id })).rejects.toMatchObject({ message: "Set a Slack webhook URL first" });
  });

  it("a project without Slack gets no message and no share link", async () => {
    const { project } = await createOwnerWithProject(db);
    const task = await db.task.create({ data: { projectId: project.id, title: "Quiet", priorityLabel: "high" } });
    const { result } = await run(event(project.id, "task.priority_changed", { taskId: task.id, from: "low", to: "high" }));
    expect(result).toEqual({ sent: false, reason: "no Slack webhook is set" });
    expect(await db.shareLink.count({ where: { projectId: project.id } })).toBe(0);
  });
});
