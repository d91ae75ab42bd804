// Journey: a researcher builds a screener with qualification rules in the dashboard and activates it;
// participants open the share link in their own browsers: one qualifies and lands in the interview
// room, one is screened out and sees the disqualified message; the researcher sees both responses.
import type { Page } from "@playwright/test";
import { createProjectViaApi, expect, inviteViaApi, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";

const ROLE_QUESTION = "How often do you invoice clients?";
const COUNT_QUESTION = "How many clients do you invoice each month?";
const DISQUALIFIED = "Thanks for your time! This study is looking for people who invoice regularly.";

async function answer(p: Page, often: string, clients: string) {
  await p
    .getByRole("group", { name: new RegExp(ROLE_QUESTION) })
    .getByLabel(often, { exact: true })
    .check();
  await p.getByLabel(new RegExp(COUNT_QUESTION)).fill(clients);
}

test("build a screener with rules, share it, qualify into the interview or be screened out", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  test.slow(); // a long journey across three browser contexts
  const project = await createProjectViaApi(page, "Invoicing research");
  await page.goto(`/projects/${project.id}/screeners`);
  await expect(page.getByRole("heading", { name: "Screeners" })).toBeVisible();
  await snap(page, testInfo, "screeners-empty");

  // create a draft
  await page.getByRole("button", { name: "Create your first screener" }).click();
  const dialog = page.getByRole("dialog", { name: "New screener" });
  await dialog.getByLabel("Title").fill("Invoicing habits");
  await dialog.getByRole("button", { name: "Create screener" }).click();
  await expect(page).toHaveURL(/\/screeners\/[^/]+$/);
  await expect(page.getByTestId("screener-status")).toHaveText("draft");

  // activating without questions is refused with a reason
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByText("Add at least one question before activating the screener")).toBeVisible();

  // question 1: single choice, "Never" disqualifies
  await page.getByRole("button", { name: "Add the first question" }).click();
  let form = page.getByRole("form", { name: "New question" });
  await form.getByLabel("Question", { exact: true }).fill(ROLE_QUESTION);
  await form.getByLabel("Option 1", { exact: true }).fill("Weekly");
  await form.getByLabel("Option 2", { exact: true }).fill("Never");
  await form.getByRole("button", { name: "Add option" }).click();
  await form.getByLabel("Option 3", { exact: true }).fill("Monthly");
  await form.getByRole("group", { name: "Rule for “Never”" }).getByText("Disqualifies").click();
  await snap(page, testInfo, "builder-question-editor");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByTestId("question-item")).toHaveCount(1);
  await expect(page.getByTestId("question-rules").first()).toContainText("Screens out “Never”");

  // question 2: number, qualifies from 3; a bad range is reported next to the field first
  await page.getByRole("button", { name: "Add question" }).click();
  form = page.getByRole("form", { name: "New question" });
  await form.getByLabel("Question", { exact: true }).fill(COUNT_QUESTION);
  await form.getByLabel("Answer type").selectOption("number");
  await form.getByLabel("Lowest answer").fill("0");
  await form.getByLabel("Qualifies from").fill("-5");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByText("Qualifying minimum must be within the question's range (at least 0)")).toBeVisible();
  await form.getByLabel("Qualifies from").fill("3");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByTestId("question-item")).toHaveCount(2);
  await expect(page.getByTestId("question-rules").nth(1)).toContainText("Qualifies from 3");

  // reorder: move the number question up, then back down
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await expect(page.getByTestId("question-item").first()).toContainText(COUNT_QUESTION);
  await page.getByRole("button", { name: "Move question 1 down" }).click();
  await expect(page.getByTestId("question-item").first()).toContainText(ROLE_QUESTION);

  // page and messages
  const settings = page.getByRole("form", { name: "Page and messages" });
  await settings.getByLabel("Welcome message").fill("Hi! We are learning how small businesses get paid. This takes two minutes.");
  await settings.getByLabel("Disqualified message").fill(DISQUALIFIED);
  await settings.getByLabel("Consent text").fill("We record the interview to learn from it and delete recordings after 90 days.");
  await settings.getByRole("textbox", { name: /^Brand colour/ }).fill("#0f766e");
  await settings.getByLabel("Incentive").fill("A $30 gift card");
  await settings.getByRole("button", { name: "Save changes" }).click();
  await expect(settings.getByText("Changes saved.")).toBeVisible();

  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByTestId("screener-status")).toHaveText("active");
  const shareUrl = (await page.getByLabel("Screener link").textContent())!;
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  expect(shareUrl.startsWith(`${origin}/u/screener/`)).toBe(true);
  expect(shareUrl).toMatch(/\/u\/screener\/[^/?]+\?key=ut_pub_/);
  await snap(page, testInfo, "builder-active");

  // participant 1, in their own browser: client-side validation first, then qualifies
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();
  await a.goto(`${shareUrl}&utm_source=newsletter&utm_campaign=spring`);
  await expect(a.getByRole("heading", { level: 1, name: "Invoicing habits" })).toBeVisible();
  await expect(a.getByTestId("ai-disclosure")).toContainText("The interviewer is an AI, not a person.");
  await expect(a.getByTestId("screener-incentive")).toContainText("A $30 gift card");
  await expect(a.getByTestId("consent-text")).toContainText("delete recordings after 90 days");
  await snap(a, testInfo, "participant-form");
  await a.getByRole("button", { name: "Submit answers" }).click();
  await expect(a.getByTestId("form-errors")).toHaveText("2 answers need your attention.");
  await expect(a.getByText("This question is required.")).toHaveCount(2);
  await snap(a, testInfo, "participant-validation");
  await answer(a, "Weekly", "12");
  await a.getByLabel("Name", { exact: true }).fill("Ada Participant");
  await a.getByLabel("Email", { exact: true }).fill(uniqueEmail("ada"));
  await a.getByLabel(/I agree to the interview being recorded/).check();
  await a.getByRole("button", { name: "Submit answers" }).click();
  await expect(a).toHaveURL(/\/u\/interview\/[^/?]+\?key=ut_pub_/);
  await ctxA.close();

  // participant 2: screened out, sees the researcher's message and nothing about the rule
  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await b.goto(shareUrl);
  await answer(b, "Never", "12");
  await b.getByRole("button", { name: "Submit answers" }).click();
  await expect(b.getByTestId("screener-disqualified")).toContainText(DISQUALIFIED);
  await expect(b.getByText(/Never/)).toHaveCount(0);
  await snap(b, testInfo, "participant-disqualified");
  await ctxB.close();

  // the researcher sees both responses, the reason, the UTM source and the funnel
  await page.reload();
  const rows = page.getByTestId("response-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Disqualified" })).toContainText(`"${ROLE_QUESTION}" — answer "Never" disqualifies`);
  await expect(rows.filter({ hasText: "Ada Participant" })).toContainText("newsletter / spring");
  await expect(page.getByTestId("funnel-views")).toHaveText("2");
  await expect(page.getByTestId("funnel-starts")).toHaveText("2");
  await expect(page.getByTestId("funnel-qualified")).toHaveText("1");
  await expect(page.getByTestId("funnel-disqualified")).toHaveText("1");
  await snap(page, testInfo, "builder-responses");

  await page.goto(`/projects/${project.id}/screeners`);
  await expect(page.getByRole("row", { name: /Invoicing habits/ })).toContainText("active");
  await snap(page, testInfo, "screeners-list");
});

test("links that cannot work explain themselves; paused screeners say so", async ({ page, user: _owner }, testInfo) => {
  const project = await createProjectViaApi(page, "Link checks");
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: { title: "Paused study", questions: [{ text: "Anything?", type: "text" }] },
  });
  const { screener } = (await created.json()) as { screener: { id: string } };
  await page.goto(`/u/screener/${screener.id}`);
  await expect(page.getByRole("heading", { name: "This link is incomplete" })).toBeVisible();
  await page.goto(`/u/screener/${screener.id}?key=ut_pub_wrong`);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();

  const keys = (await (await page.request.get(`/api/v1/projects/${project.id}/keys`)).json()) as { publicKey: { value: string } };
  const key = keys.publicKey.value;
  // a draft is not published, but its team can preview it
  await page.goto(`/u/screener/${screener.id}?key=${key}`);
  await expect(page.getByRole("heading", { name: "Screener not found" })).toBeVisible();
  await page.goto(`/u/screener/${screener.id}?key=${key}&preview=1`);
  await expect(page.getByText("Preview.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submitting is off in preview" })).toBeDisabled();
  await snap(page, testInfo, "preview-draft");

  for (const status of ["active", "paused"]) {
    expect((await page.request.post(`/api/v1/projects/${project.id}/screeners/${screener.id}/status`, { data: { status } })).status()).toBe(
      200,
    );
  }
  await page.goto(`/u/screener/${screener.id}?key=${key}`);
  await expect(page.getByTestId("screener-not-accepting")).toContainText("not accepting responses right now");
  await snap(page, testInfo, "paused");
});

test("a viewer sees the builder without edit controls", async ({ page, user: _owner, browser }) => {
  const project = await createProjectViaApi(page, "Viewer check");
  const res = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Read-only study",
      questions: [{ text: "Role?", type: "single_choice", options: ["A", "B"], disqualifyOptions: ["B"] }],
    },
  });
  const { screener } = (await res.json()) as { screener: { id: string } };
  const viewerEmail = uniqueEmail("viewer");
  const invitePath = await inviteViaApi(page, project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  const accepted = await viewer.request.post("/api/v1/invitations/accept", { data: { token: invitePath.split("/").pop() } });
  expect(accepted.ok()).toBe(true);

  await viewer.goto(`/projects/${project.id}/screeners`);
  await expect(viewer.getByRole("row", { name: /Read-only study/ })).toBeVisible();
  await expect(viewer.getByRole("button", { name: /New screener|Create your first screener/ })).toHaveCount(0);
  await viewer.goto(`/projects/${project.id}/screeners/${screener.id}`);
  await expect(viewer.getByTestId("question-rules")).toContainText("Screens out “B”");
  for (const name of ["Activate", "Add question", "Edit question 1", "Delete screener", "Save changes"]) {
    await expect(viewer.getByRole("button", { name })).toHaveCount(0);
  }
  await context.close();
});
