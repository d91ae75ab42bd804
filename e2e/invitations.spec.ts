// Journey: an invitation link is accepted by the invited person in their own browser, refused for
// anyone else, and a viewer sees the settings without edit controls.
import { createProjectViaApi, expect, inviteViaApi, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";

test("the invited person signs in from the link, accepts, and sees the project", async ({ page, user: _owner, browser }, testInfo) => {
  // the owner invites through the settings page
  const project = await createProjectViaApi(page, "Pricing interviews");
  await page.goto(`/projects/${project.id}/settings#members`);
  const invitee = uniqueEmail("accepting");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email").fill(invitee);
  await invite.getByLabel("Role").selectOption("admin");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = (await page.getByLabel("Invitation link").textContent())!;
  expect(link).toContain("/invite/ut_inv_");

  // the invitee, in a separate browser context (their own cookies), opens the link
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(new URL(link).pathname);
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Finvite%2Fut_inv_/);
  await expect(other.getByText("Sign in with the address your invitation was sent to.")).toBeVisible();
  // signs in through the development login form and comes back to the invitation
  const devForm = other.getByRole("form", { name: "Development login" });
  await devForm.getByLabel("Email").fill(invitee);
  await devForm.getByRole("button", { name: "Sign in (development)" }).click();
  await expect(other).toHaveURL(/\/invite\/ut_inv_/);
  await expect(other.getByTestId("invitation-project")).toHaveText("Pricing interviews");
  await expect(other.getByText("admin", { exact: true })).toBeVisible();
  await snap(other, testInfo, "invitation");

  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other).toHaveURL(new RegExp(`/projects/${project.id}$`));
  await expect(other.getByRole("heading", { level: 1, name: "Pricing interviews" })).toBeVisible();
  await other.goto("/projects");
  await expect(other.getByRole("row", { name: /Pricing interviews/ })).toContainText("admin");

  // the link is used up
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole("heading", { name: "Invitation already used" })).toBeVisible();
  await context.close();

  // the owner now sees the new member, and no pending invitation
  await page.reload();
  await expect(page.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(invitee) })).toBeVisible();
  await expect(page.getByTestId("pending-invitations")).toContainText("No pending invitations");
});

test("someone signed in with another address cannot accept, and sees why", async ({ page, user: _owner, browser }) => {
  const project = await createProjectViaApi(page, "Mobile study");
  const invitePath = await inviteViaApi(page, project.id, uniqueEmail("intended"), "member");

  const context = await browser.newContext();
  const stranger = await context.newPage();
  await signInWithDevLogin(stranger, uniqueEmail("stranger"));
  await stranger.goto(invitePath);
  await expect(stranger.getByText("This invitation is for another address")).toBeVisible();
  await stranger.getByRole("button", { name: "Accept invitation" }).click();
  await expect(stranger.getByRole("alert").filter({ hasText: "sign in with that address" })).toContainText("This invitation is for");
  await stranger.goto(`/projects/${project.id}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await context.close();
});

test("an unknown invitation link says so", async ({ page, user: _signedIn }) => {
  await page.goto("/invite/ut_inv_doesnotexist0000000000");
  await expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
});

test("a viewer sees project settings without any edit controls", async ({ page, user: _owner, browser }, testInfo) => {
  const project = await createProjectViaApi(page, "Read-only research");
  const viewerEmail = uniqueEmail("viewer");
  const invitePath = await inviteViaApi(page, project.id, viewerEmail, "viewer");

  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signInWithDevLogin(viewer, viewerEmail);
  const accepted = await viewer.request.post("/api/v1/invitations/accept", { data: { token: invitePath.split("/").pop() } });
  expect(accepted.status()).toBe(200);

  await viewer.goto(`/projects/${project.id}/settings`);
  await expect(viewer.getByRole("heading", { level: 1, name: "Read-only research" })).toBeVisible();
  await expect(viewer.getByText("You are a viewer of this project, so these settings are read-only.")).toBeVisible();
  await expect(viewer.getByText("Only owners and admins can see and manage this project's keys.")).toBeVisible();
  // the values are shown, but nothing can be edited
  await expect(viewer.locator("main").getByText("Read-only research").first()).toBeVisible();
  await expect(viewer.locator("main input, main textarea, main select")).toHaveCount(0);
  for (const name of ["Save changes", "Rotate", "Create secret key", "Create invitation", "Delete project", "Remove"]) {
    await expect(viewer.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(viewer.getByText(/ut_pub_/)).toHaveCount(0);
  // the only action offered is leaving the project
  await expect(viewer.getByRole("table", { name: "Members" }).getByRole("button")).toHaveText(["Leave"]);
  await snap(viewer, testInfo, "settings-viewer");
  await context.close();
});
