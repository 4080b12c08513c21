import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requestImports, staffUsers } from "@/lib/db/schema";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, resetAddressThrottle, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 180_000 });

/**
 * Issue 12's leftovers: refusals that French-speaking staff used to read in English — a TOTP enrolment
 * refused on the sign-in page, a CSV import's refused row, the mail wording editor's live preview.
 */
test("a TOTP enrolment refused on the sign-in page reads in the browser's French", async ({ browser }) => {
  const admin = await createStaff("admin", { totp: false });
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: "fr-FR",
    extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" },
  });
  const page = await context.newPage();
  // Another tab enrols the account between the password step and this tab's enrolment: the real route
  // refuses it (409, English message for the API) and the page says so in French.
  await page.route("**/api/staff/auth/enrol", async (route) => {
    await db().update(staffUsers).set({ totpEnabledAt: new Date() }).where(eq(staffUsers.id, admin.id));
    await route.continue();
  });
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Mot de passe").fill(admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  const alert = page.locator("p.alert[role=alert]");
  await expect(alert).toHaveText(
    "Ce compte a déjà la double authentification. Connectez-vous avec votre code, ou demandez à un administrateur de la réinitialiser.",
  );
  await expect(alert).not.toContainText("already has two-factor");
  await keepScreenshot(page, "staff-fr-enrol-refused");
  await context.close();
});

test("a French member reads a failed import's row and reason, and a refused wording draft, in French", async ({
  page,
}) => {
  const admin = await createStaff("admin");
  await signIn(page, admin);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));

  // An import refused at its run, as the run stores it (lib/requests/import/imports.ts): row + detail key.
  const [imp] = await db()
    .insert(requestImports)
    .values({
      staffId: admin.id,
      fileName: `late-${randomBytes(3).toString("hex")}.csv`,
      status: "failed",
      total: 3,
      error: "Row 2: The time of receipt cannot be in the future.",
      errorRow: 2,
      errorDetail: { code: "invalid_request", key: "requests.received_in_future" },
      finishedAt: new Date(),
    })
    .returning({ id: requestImports.id });
  await page.goto(`/staff/requests/import/${imp!.id}`);
  const failure = page.getByRole("alert").filter({ hasText: "Rien n'a été importé" });
  await expect(failure).toHaveText(
    "Rien n'a été importé : la ligne 2 a été refusée. L’heure de réception ne peut pas être dans le futur.",
  );
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `staff-fr-import-failed-${width}`);
  }

  // The wording editor's live preview refuses HTML: the field and the reason in French.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/staff/admin/templates?show=extension_notice.fr");
  const editor = page.getByTestId("wording-editor");
  await editor.getByLabel("Paragraphe d'ouverture (après la salutation)").fill("<b>gras</b>");
  const problem = editor.getByTestId("wording-problem").getByRole("alert");
  await expect(problem).toContainText("Paragraphe d'ouverture : doit être du texte brut (sans balises HTML)");
  await expect(problem).not.toContainText("plain text");
  await keepScreenshot(page, "staff-fr-wording-refused-1366");
});
