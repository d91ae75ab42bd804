// Journey: create a project, then run its settings: general fields, invitations, secret keys, public key.
import { createProjectViaApi, expect, inviteViaApi, signInWithDevLogin, snap, test, uniqueEmail } from "./fixtures";

test("create a project from the projects page, with validation errors shown next to the field", async ({ page, user }, testInfo) => {
  await page.goto("/projects");
  await expect(page.getByTestId("current-user-email")).toHaveText(user.email);
  await page.getByRole("button", { name: "Create your first project" }).click();

  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByLabel("Name").fill("   ");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(dialog.getByText("Name is required")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await snap(page, testInfo, "new-project-validation");

  await dialog.getByLabel("Name").fill("Checkout research");
  await dialog.getByLabel("Description").fill("Why do people abandon the checkout?");
  await dialog.getByRole("button", { name: "Create project" }).click();

  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout research" })).toBeVisible();
  await expect(page.getByText("Why do people abandon the checkout?")).toBeVisible();
  for (const stat of ["sessions", "completed", "processed", "failed", "signals", "tasks"])
    await expect(page.getByTestId(`stat-${stat}`)).toHaveText("0");
  await snap(page, testInfo, "project-overview");

  await page.getByRole("link", { name: "Projects", exact: true }).first().click();
  const row = page.getByRole("row", { name: /Checkout research/ });
  await expect(row).toContainText("owner");
  await snap(page, testInfo, "projects-list");
});

test("owner manages settings: general, invitation, secret key create/revoke, public key rotation", async ({ page, user }, testInfo) => {
  test.setTimeout(60_000); // a long journey: four sections, each saved and checked
  await page.goto("/projects");
  await expect(page.getByTestId("current-user-email")).toHaveText(user.email);
  await page.getByRole("button", { name: "Create your first project" }).click();
  await page.getByRole("dialog", { name: "New project" }).getByLabel("Name").fill("Onboarding study");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);

  // General: a bad origin is reported next to the field with its line, then fixed and saved
  const general = page.getByRole("form", { name: "General settings" });
  // the repository is the GitHub connection's (set in its own section), not a field here
  await expect(general.getByTestId("settings-github-repo")).toContainText("No GitHub repository yet");
  await general.getByLabel("Description").fill("Why new accounts stall in the first week");
  await general.getByLabel("Allowed SDK origins").fill("https://app.example.com\nnot a url");
  await general.getByRole("button", { name: "Save changes" }).click();
  await expect(general.getByText(/Origin 2 .*must be an origin/)).toBeVisible();
  await general.getByLabel("Allowed SDK origins").fill("https://app.example.com\nhttp://localhost:5173");
  await general.getByRole("button", { name: "Save changes" }).click();
  await expect(general.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(general.getByLabel("Description")).toHaveValue("Why new accounts stall in the first week");
  await expect(general.getByLabel("Allowed SDK origins")).toHaveValue("https://app.example.com\nhttp://localhost:5173");

  // Invite a member: the accept link is shown, and the invitation is listed as pending
  const invitee = uniqueEmail("invitee");
  const invite = page.getByRole("form", { name: "Invite a teammate" });
  await invite.getByLabel("Email").fill(invitee);
  await invite.getByLabel("Role").selectOption("member");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByLabel("Invitation link")).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/invite\/ut_inv_/);
  await expect(page.getByTestId("pending-invitations").getByRole("row", { name: new RegExp(invitee) })).toBeVisible();

  // Create a secret key: shown once, then only its prefix
  const keys = page.getByTestId("secret-keys-card");
  await keys.getByLabel("Key name").fill("CI pipeline");
  await keys.getByRole("button", { name: "Create secret key" }).click();
  const secret = keys.getByLabel("New secret key");
  await expect(secret).toHaveText(/^ut_sec_[A-Za-z0-9_-]{20,}$/);
  await expect(keys.getByText("It won't be shown again")).toBeVisible();
  const secretValue = (await secret.textContent())!;
  const row = keys.getByRole("row", { name: /CI pipeline/ });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(secretValue.slice(0, 13));
  await snap(page, testInfo, "settings-secret-created");
  await keys.getByRole("button", { name: "I've saved it" }).click();
  await expect(keys.getByLabel("New secret key")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(secretValue)).toHaveCount(0);

  // Revoke it, after confirming
  await keys.getByRole("button", { name: "Revoke CI pipeline" }).click();
  const confirmRevoke = page.getByRole("dialog", { name: /Revoke “CI pipeline”/ });
  await expect(confirmRevoke).toContainText("cannot be undone");
  await confirmRevoke.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirmRevoke).toBeHidden();
  await expect(keys.getByRole("row", { name: /CI pipeline/ })).toContainText("Revoked");
  await expect(keys.getByRole("button", { name: "Revoke CI pipeline" })).toHaveCount(0);
  // …and the API refuses it
  const refused = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${secretValue}` } });
  expect(refused.status()).toBe(401);

  // Rotate the public key: a warning first, then a new value
  const publicKey = page.getByTestId("public-key-card").getByLabel("Public key", { exact: true });
  const before = (await publicKey.textContent())!;
  expect(before).toMatch(/^ut_pub_/);
  await page.getByTestId("public-key-card").getByRole("button", { name: "Rotate" }).click();
  const confirmRotate = page.getByRole("dialog", { name: "Rotate the public key?" });
  await expect(confirmRotate).toContainText("stops working immediately");
  await snap(page, testInfo, "settings-rotate-confirm");
  await confirmRotate.getByRole("button", { name: "Rotate key" }).click();
  await expect(publicKey).not.toHaveText(before);
  await expect(publicKey).toHaveText(/^ut_pub_/);
  await expect(page.getByText("The public key was rotated")).toBeVisible();
  await snap(page, testInfo, "settings-owner");
});

test("owner changes a member's role, removes them, revokes an invitation, and deletes the project", async ({
  page,
  user: _owner,
  browser,
}, testInfo) => {
  const project = await createProjectViaApi(page, "Team changes");
  // a teammate joins through an invitation (accepted through the API in their own browser context)
  const teammateEmail = uniqueEmail("teammate");
  const invitePath = await inviteViaApi(page, project.id, teammateEmail, "member");
  const teammate = await browser.newContext();
  const teammatePage = await teammate.newPage();
  await signInWithDevLogin(teammatePage, teammateEmail);
  expect((await teammatePage.request.post("/api/v1/invitations/accept", { data: { token: invitePath.split("/").pop() } })).status()).toBe(
    200,
  );
  await teammate.close();
  const pendingEmail = uniqueEmail("pending");
  await inviteViaApi(page, project.id, pendingEmail, "viewer");

  await page.goto(`/projects/${project.id}/settings`);
  const members = page.getByRole("table", { name: "Members" });
  const roleSelect = members.getByLabel(`Role of ${teammateEmail}`);
  await expect(roleSelect).toHaveValue("member");
  await roleSelect.selectOption("admin");
  await expect(roleSelect).toHaveValue("admin");
  await page.reload();
  await expect(roleSelect).toHaveValue("admin");
  await snap(page, testInfo, "settings-members");

  // the sole owner cannot leave (a project keeps one owner), so only the teammate's row has an action
  await expect(members.getByRole("button")).toHaveText(["Remove"]);
  await members
    .getByRole("row", { name: new RegExp(teammateEmail) })
    .getByRole("button", { name: "Remove" })
    .click();
  await page
    .getByRole("dialog", { name: `Remove ${teammateEmail}?` })
    .getByRole("button", { name: "Remove member" })
    .click();
  await expect(members.getByRole("row", { name: new RegExp(teammateEmail) })).toHaveCount(0);

  const invitations = page.getByTestId("pending-invitations");
  await invitations.getByRole("button", { name: `Revoke invitation for ${pendingEmail}` }).click();
  await page
    .getByRole("dialog", { name: /Revoke the invitation/ })
    .getByRole("button", { name: "Revoke invitation" })
    .click();
  await expect(invitations).toContainText("No pending invitations");

  // deleting needs the project's name typed in
  await page.getByRole("button", { name: "Delete project" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete Team changes?" });
  const confirmButton = confirm.getByRole("button", { name: "Delete project" });
  await expect(confirmButton).toBeDisabled();
  await confirm.getByLabel("Type Team changes to confirm").fill("Team changes");
  await confirmButton.click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByText("No projects yet")).toBeVisible();
  expect((await page.request.get(`/api/v1/projects/${project.id}`)).status()).toBe(404);
});

test("keyboard: the new-project dialog opens from the keyboard, takes focus, and Escape closes it", async ({ page, user: _owner }) => {
  await page.goto("/projects");
  const opener = page.getByRole("button", { name: "Create your first project" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New project" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
