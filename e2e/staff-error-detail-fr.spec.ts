import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests, staffUsers } from "@/lib/db/schema";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

/**
 * A French-speaking DPO who made a refusal tries to decide its appeal: the server turns it away, and
 * the page shows the code's sentence and the operation's own detail in French (its catalogue key), not
 * the English message the REST API answers with.
 */
test("a French DPO sees the French detail of a refused appeal decision", async ({ page }) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ jurisdiction: "US-VA" });
  await runStaffTransition(
    { type: "refuse", requestId: req.id, version: 2, reasonCode: "not_found", reasonText: "No account found." },
    { id: dpo.id, role: dpo.role },
  );
  const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
  await fileAppeal({ token: statusTokenOf(row!)!, reason: "I do have an account." });

  await signIn(page, dpo);
  // Their choice, as the FR | EN switch saves it (the switch itself is tested in staff-i18n.spec.ts).
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
  await page.goto("/staff/appeals");
  const line = page.getByTestId(`appeal-${req.reference}`);
  await line.getByLabel("Motif (envoyé à la personne)").fill("Vérifié de nouveau : aucun compte à cette adresse.");
  await line.getByRole("button", { name: "Enregistrer la décision" }).click();
  await line.getByRole("button", { name: "Oui, rejeter l'appel" }).click();
  const alert = line.getByRole("alert");
  await expect(alert).toContainText("Le recours doit être tranché par une autre personne que celle qui a refusé.");
  await expect(alert).toContainText(
    "Détail : Vous avez pris le refus que conteste ce recours : un autre DPO ou administrateur doit le trancher.",
  );
  await expect(alert).toContainText("Décision : a pris la décision de refus");
  await expect(alert).not.toContainText("another DPO or administrator");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `staff-fr-error-detail-${width}`);
  }
});
