import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { dataSystems, staffUsers } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

/** QA F13/F16: an admin gives a system's name and its recipients' names in French and English. */
test("fr: an admin translates the system's name and its recipients' names; a bad recipient line and a list out of step are refused in French", async ({
  page,
}) => {
  const suffix = randomBytes(4).toString("hex");
  const [system] = await db()
    .insert(dataSystems)
    .values({
      key: `e2e-names-${suffix}`,
      name: `Customer database ${suffix}`,
      kind: "manual",
      enabled: false,
      config: {
        instructions: "E2E only",
        capabilities: { collect: false, erase: false, rectify: false, restrict: false, stopMarketing: false },
      },
      recipients: [{ name: "Payment processor", email: "dpo@payments.test" }, "Courier"],
    })
    .returning();
  try {
    const admin = await createStaff("admin");
    await signIn(page, admin);
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/staff/admin/systems/${system!.id}`);
    const name = page.getByLabel("Nom du système — français", { exact: true });
    const recipients = page.getByLabel("Noms des destinataires (un par ligne) — français", { exact: true });
    // The names as written are the placeholders: the version is typed line for line against them.
    await expect(name).toHaveAttribute("placeholder", `Customer database ${suffix}`);
    await expect(recipients).toHaveAttribute("placeholder", "Payment processor\nCourier");
    const form = page.getByRole("form", { name: "Informations de registre" });
    const save = form.getByRole("button", { name: "Enregistrer les informations de registre" });

    // A recipient line the parser refuses: its number and reason in French, the typed value quoted.
    const asWritten = page.getByLabel("Destinataires", { exact: true });
    await expect(asWritten).toHaveValue("Payment processor <dpo@payments.test>\nCourier");
    await asWritten.fill("Payment processor <dpo@payments.test>\nCourier <pas-une-adresse>\nPAYMENT PROCESSOR");
    await save.click();
    await expect(form.getByRole("alert")).toContainText(
      "Destinataires : ligne 2 : « pas-une-adresse » n'est pas une adresse e-mail valide ; ligne 3 : « PAYMENT PROCESSOR » figure deux fois",
    );
    await expect(form.getByRole("alert")).not.toContainText("line");
    await form.getByRole("alert").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "e2e/artifacts/screenshots/admin-system-line-error-fr-1366.png" });
    await asWritten.fill("Payment processor <dpo@payments.test>\nCourier");

    await name.fill(`Base clients ${suffix}`);
    await recipients.fill("Prestataire de paiement");
    await save.click();
    await expect(form.getByRole("alert")).toContainText(
      "Noms des destinataires — français : donnez un nom par destinataire, dans l'ordre du champ Destinataires : 2 attendu(s), 1 donné(s)",
    );
    await recipients.fill("Prestataire de paiement\nTransporteur");
    await page.getByLabel("Nom du système — anglais", { exact: true }).fill(`Customer data ${suffix}`);
    await save.click();
    // The changed facts named by their labels, in French.
    await expect(form.getByRole("status")).toHaveText("Modifications enregistrées : Versions française et anglaise.");

    const [stored] = await db().select().from(dataSystems).where(eq(dataSystems.id, system!.id));
    expect(stored!.registerTranslations).toEqual({
      fr: { name: `Base clients ${suffix}`, recipients: ["Prestataire de paiement", "Transporteur"] },
      en: { name: `Customer data ${suffix}` },
    });
    // The addresses stay on the recipients, untranslated.
    expect(stored!.recipients).toEqual([{ name: "Payment processor", email: "dpo@payments.test" }, "Courier"]);
    await page.reload();
    await expect(recipients).toHaveValue("Prestataire de paiement\nTransporteur");
    // Staff screens keep the system's own name.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Customer database ${suffix}`);
    await recipients.scrollIntoViewIfNeeded();
    await keepScreenshot(page, "admin-system-names-fr-1366");
    // Saving the same facts again: nothing changed, in French.
    await save.click();
    await expect(form.getByRole("status")).toHaveText("Aucune modification.");
    // The connection test's outcome, stored in English, is read in French.
    await page.getByRole("button", { name: "Tester la connexion" }).click();
    await expect(page.getByTestId("last-test")).toContainText(
      "Système manuel : les tâches vont à une personne ; il n’y a rien à joindre.",
    );
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await keepScreenshot(page, "admin-system-names-fr-390");
    await page
      .getByRole("group", { name: "Version en français (facultatif)" })
      .screenshot({ path: "e2e/artifacts/screenshots/admin-system-names-fr-390-version.png" });
  } finally {
    await db().delete(dataSystems).where(eq(dataSystems.id, system!.id));
  }
});
