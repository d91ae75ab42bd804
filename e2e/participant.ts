// A participant's side of the journeys: a researcher publishes a screener through the API, then the
// participant, in a browser context of their own, qualifies, talks to the interviewer and ends.
import type { Browser, Page } from "@playwright/test";
import { createProjectViaApi, expect, uniqueEmail } from "./fixtures";

export const QUESTION = "How often do you send invoices?";

/** A project with an active screener, made through the researcher API; returns its public link. */
export async function publishScreener(page: Page, projectName: string) {
  const project = await createProjectViaApi(page, projectName);
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Invoicing interviews",
      thankYouMessage: "Thanks a lot! Your $30 gift card is on its way.",
      questions: [{ text: QUESTION, type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
    },
  });
  expect(created.status()).toBe(201);
  const { screener } = (await created.json()) as { screener: { id: string } };
  expect(
    (await page.request.post(`/api/v1/projects/${project.id}/screeners/${screener.id}/status`, { data: { status: "active" } })).status(),
  ).toBe(200);
  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  return { project, url: `/u/screener/${screener.id}?key=${keys.publicKey.value}`, key: keys.publicKey.value };
}

/** The participant answers the screener in their own browser context and lands in the interview room. */
export async function qualify(browser: Browser, link: string, opts: { name: string; record: boolean }) {
  const context = await browser.newContext({ permissions: ["microphone"] });
  const p = await context.newPage();
  await p.goto(link);
  await p
    .getByRole("group", { name: new RegExp(QUESTION) })
    .getByLabel("Weekly", { exact: true })
    .check();
  await p.getByRole("textbox", { name: "Name" }).fill(opts.name);
  await p.getByRole("textbox", { name: "Email" }).fill(uniqueEmail("participant"));
  if (opts.record) await p.getByLabel(/I agree to the interview being recorded/).check();
  await p.getByRole("button", { name: "Submit answers" }).click();
  await expect(p).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  return { context, p, sessionId: new URL(p.url()).pathname.split("/").pop()! };
}

export async function answer(p: Page, text: string) {
  const box = p.getByLabel("Your answer");
  await box.fill(text);
  await box.press("Enter");
}

/** Sends each answer and waits for the interviewer's reply to it. */
export async function answerAll(p: Page, answers: string[]) {
  const messages = p.getByTestId("interview-room").getByTestId("message");
  const before = await messages.count();
  for (const [i, text] of answers.entries()) {
    await answer(p, text);
    await expect(messages).toHaveCount(before + i * 2 + 2);
    await expect(p.getByTestId("streaming-reply")).toHaveCount(0);
  }
}

/** The End button, confirmed: the participant lands on the completion page. */
export async function endInterview(p: Page) {
  await p.getByTestId("interview-room").getByRole("button", { name: "End interview" }).click();
  await p.getByRole("dialog", { name: "End the interview?" }).getByRole("button", { name: "End interview" }).click();
  await expect(p).toHaveURL(/\/u\/complete\/[^/?]+\?key=ut_pub_/);
}
