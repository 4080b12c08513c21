import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { setMailWording } from "@/lib/requests/mail-wording/set-mail-wording";

test.describe.configure({ timeout: 120_000 });

test("an admin words a mail's closing paragraph with a live preview; a reply template fills an agent's message", async ({
  page,
  browser,
}) => {
  const admin = await createStaff("admin");
  const tag = randomBytes(3).toString("hex");
  await signIn(page, admin);

  // Mail wording: typed text shows in the preview before saving; HTML is refused as it is typed.
  await page.goto("/staff/admin/templates?show=extension_notice.en");
  const editor = page.getByTestId("wording-editor");
  await editor.getByLabel("Closing paragraph (before the signature)").fill(`We thank you for your patience ${tag}.`);
  const preview = page.frameLocator('[data-testid="wording-preview"]');
  await expect(preview.getByText(`We thank you for your patience ${tag}.`)).toBeVisible();
  await expect(preview.getByText(/CNIL/).first()).toBeVisible();
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `staff-mail-wording-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await editor.getByLabel("Opening paragraph (after the greeting)").fill("<b>bold</b>");
  await expect(editor.getByRole("alert")).toContainText("plain text");
  await editor.getByLabel("Opening paragraph (after the greeting)").fill("");
  await editor.getByRole("button", { name: "Save the wording" }).click();
  await expect(editor.getByRole("status")).toContainText(/Wording saved \(version \d+\)/);

  // Reply template: created by the admin, offered in an access request's thread, in the person's language.
  await page.goto("/staff/admin/reply-templates");
  const create = page.locator("section", { has: page.getByRole("heading", { name: "Add the template" }) });
  await create.getByLabel("Name").fill(`Docs needed ${tag}`);
  await create
    .getByLabel("Text in English")
    .fill("Dear {name}, for request {reference} please send a copy of your ID.");
  await create
    .getByLabel("Text in French")
    .fill("Bonjour {name}, pour la demande {reference}, merci d'envoyer une pièce d'identité.");
  await create.getByLabel("access", { exact: true }).check();
  await create.getByRole("button", { name: "Add the template" }).click();
  await expect(page.getByTestId("reply-template").filter({ hasText: `Docs needed ${tag}` })).toBeVisible();
  await keepScreenshot(page, "staff-reply-templates-1366");

  const agent = await createStaff("agent");
  const req = await createVerifiedRequest({ assignTo: agent, locale: "fr", fullName: `Élodie Test${tag}` });
  const agentPage = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signIn(agentPage, agent);
  await agentPage.goto(`/staff/requests/${req.id}`);
  await agentPage.getByLabel("Reply template").selectOption({ label: `Docs needed ${tag}` });
  await agentPage.getByRole("button", { name: "Fill the message" }).click();
  await expect(agentPage.locator("#message-body")).toHaveValue(
    `Bonjour Élodie Test${tag}, pour la demande ${req.reference}, merci d'envoyer une pièce d'identité.`,
  );
  await agentPage.setViewportSize({ width: 390, height: 900 });
  await agentPage.locator("#message-body").scrollIntoViewIfNeeded();
  await keepScreenshot(agentPage, "staff-reply-template-picked-390");

  // Leave the shared mail as it was for other tests.
  await setMailWording(admin.id, { template: "extension_notice", locale: "en", intro: "", outro: "" });
});
