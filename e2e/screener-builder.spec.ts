// The builder's side of recruiting, beyond the build-and-share journey of screener-public.spec.ts:
// the list shows each screener's funnel, a qualified response links to its interview session, and
// the builder offers a preview of the public page.
import { createProjectViaApi, expect, snap, test, uniqueEmail } from "./fixtures";

// long journeys on a busy machine: several page loads, a second browser context
test.beforeEach(() => test.slow());

const QUESTION = "How often do you send invoices?";

test("a qualified response links to its session; the list shows the funnel; preview opens the public page", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Recruiting");
  const created = await page.request.post(`/api/v1/projects/${project.id}/screeners`, {
    data: {
      title: "Invoicing interviews",
      questions: [{ text: QUESTION, type: "single_choice", options: ["Weekly", "Never"], disqualifyOptions: ["Never"] }],
    },
  });
  expect(created.status()).toBe(201);
  const { screener } = (await created.json()) as { screener: { id: string } };
  expect(
    (await page.request.post(`/api/v1/projects/${project.id}/screeners/${screener.id}/status`, { data: { status: "active" } })).status(),
  ).toBe(200);

  await page.goto(`/projects/${project.id}/screeners/${screener.id}`);
  const shareUrl = (await page.getByLabel("Screener link").textContent())!;
  const preview = page.getByRole("link", { name: /Preview/ });
  await expect(preview).toHaveAttribute("href", /\/u\/screener\/[^?]+\?key=ut_pub_[^&]+&preview=1$/);

  // a participant qualifies in their own browser and lands in the interview room
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(shareUrl);
  await p
    .getByRole("group", { name: new RegExp(QUESTION) })
    .getByLabel("Weekly", { exact: true })
    .check();
  await p.getByRole("textbox", { name: "Name" }).fill("Quinn Qualified");
  await p.getByRole("textbox", { name: "Email" }).fill(uniqueEmail("quinn"));
  await p.getByRole("button", { name: "Submit answers" }).click();
  await expect(p).toHaveURL(/\/u\/interview\/([^/?]+)\?key=ut_pub_/);
  const sessionId = new URL(p.url()).pathname.split("/").pop()!;
  await context.close();

  // the researcher sees the response with a link to that session
  await page.reload();
  const row = page.getByTestId("response-row").filter({ hasText: "Quinn Qualified" });
  await expect(row).toContainText("Qualified");
  await expect(row.getByRole("link", { name: "Open session →" })).toHaveAttribute("href", `/projects/${project.id}/sessions/${sessionId}`);
  await snap(page, testInfo, "builder-response-with-session");

  // the list shows the funnel of each screener
  await page.goto(`/projects/${project.id}/screeners`);
  const listed = page.getByRole("row", { name: /Invoicing interviews/ });
  await expect(listed).toContainText("active");
  await expect(listed.getByTestId("funnel-qualified")).toHaveText("1");
  await snap(page, testInfo, "screeners-list-funnel");
});
