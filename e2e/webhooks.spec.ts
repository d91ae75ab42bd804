// Journey: an admin adds a webhook endpoint pointing at a receiver started here (which verifies each
// Standard Webhooks signature with the secret shown once), sends a test event, and sees it succeed in
// the delivery log; then connects Slack (a loopback stand-in) and sends a test message.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startWebhookReceiver, type WebhookReceiver } from "../tests/fakes/webhook-receiver";
import { checkPage } from "./axe";
import { createProjectViaApi, expect, snap, test } from "./fixtures";

let receiver: WebhookReceiver;
let slack: http.Server;
const slackPosts: string[] = [];
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
  slack = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      slackPosts.push(body);
      res.end("ok");
    });
  });
  await new Promise<void>((r) => slack.listen(0, "127.0.0.1", r));
});
test.afterAll(async () => {
  await receiver.close();
  await new Promise<void>((r) => slack.close(() => r()));
});

test("admin adds a webhook endpoint, sends a test event the receiver verifies, and connects Slack", async ({
  page,
  user: _owner,
}, testInfo) => {
  test.setTimeout(90_000);
  const project = await createProjectViaApi(page, "Webhooks study");
  await page.goto(`/projects/${project.id}/settings#webhooks`);

  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  // a bad URL is reported next to the field, and nothing is added
  await form.getByLabel("Endpoint URL").fill("ftp://example.test/hooks");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText(/must be an http\(s\) URL/)).toBeVisible();

  await form.getByLabel("Endpoint URL").fill(receiver.url);
  await form.getByLabel("Description").fill("Our warehouse");
  await form.getByRole("checkbox", { name: /session\.processed/ }).check();
  const created = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/projects/${project.id}/webhooks`) && r.request().method() === "POST",
  );
  await form.getByRole("button", { name: "Add endpoint" }).click();
  const { secret } = (await (await created).json()) as { secret: string };
  expect(secret).toMatch(/^whsec_/);
  receiver.setSecret(secret);
  const reveal = page.getByTestId("secret-reveal");
  await expect(reveal).toContainText(secret);
  await snap(page, testInfo, "webhook-secret-once");
  await reveal.getByRole("button", { name: "I've saved it" }).click();
  await expect(reveal).toHaveCount(0);

  const card = page.getByTestId("webhook-endpoint");
  await expect(card).toContainText(receiver.url);
  await expect(card).toContainText("session.processed");
  await card.getByRole("button", { name: "Send test event" }).click();
  const log = card.getByTestId("delivery-log");
  await expect(log.getByTestId("delivery-row").first()).toContainText("webhook.test");
  await expect(log.getByTestId("delivery-row").first()).toContainText("Succeeded", { timeout: 30_000 });
  await expect(log.getByTestId("delivery-row").first()).toContainText("200");

  // the receiver got it, signed: it verified the signature with the secret shown once
  expect(receiver.received).toHaveLength(1);
  expect(receiver.received[0].verified).toBe(true);
  expect(JSON.parse(receiver.received[0].body)).toMatchObject({ type: "webhook.test", data: { projectId: project.id } });

  // disable, then enable again
  await card.getByRole("button", { name: "Disable" }).click();
  await expect(card).toContainText("Disabled");
  await card.getByRole("button", { name: "Enable" }).click();
  await expect(card).toContainText("Enabled");

  // Slack: the URL is stored, never shown again, and a test message is posted
  const slackSettings = page.getByTestId("slack-settings");
  await slackSettings.getByLabel("Webhook URL").fill(`http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T0/B0/x`);
  await slackSettings.getByRole("button", { name: "Save" }).click();
  await expect(slackSettings).toContainText("Connected");
  await slackSettings.getByRole("button", { name: "Send test message" }).click();
  await expect(slackSettings.getByTestId("slack-test-result")).toHaveText("Slack accepted the test message.");
  expect(JSON.parse(slackPosts.at(-1)!)).toMatchObject({ text: expect.stringMatching(/UserTests is connected/) });

  await page.locator("#webhooks").scrollIntoViewIfNeeded();
  await checkPage(page, testInfo, "settings-webhooks", () => expect(log.getByTestId("delivery-row").first()).toBeVisible());
});
