import "../scripts/test-support/load-runtime-env";
import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures/test";
import { extractCode } from "@/scripts/test-support/mailbox";
import { completedAccess } from "./fixtures/access-package";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.use({ viewport: { width: 390, height: 844 } });

/** Issue 12: a French subject downloads their access package on a phone and reads report.html there. */
test("a French subject's access report reads on a 390 px phone", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { email, statusToken } = await completedAccess({ fullName: "Client Démo", locale: "fr", jurisdiction: "FR" });

  await page.goto(`/fr/status/${statusToken}`);
  await page.getByRole("button", { name: "M'envoyer un code de téléchargement" }).click();
  const mail = await waitForMail(request, email, /téléchargement/);
  await page.getByLabel("Code de téléchargement (6 chiffres)").fill(extractCode(mail.text));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger mes données" }).click(),
  ]);
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["data.json", "report.html", "summary.txt"]));
  const html = strFromU8(files["report.html"]!);
  const text = strFromU8(files["summary.txt"]!).replace(/\s+/g, " ");

  // Read as a file opened from the ZIP: outside the portal (and its Content-Security-Policy).
  await page.goto("about:blank");
  await page.setContent(html);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vos données personnelles");
  await expect(page.getByRole("heading", { name: "Votre compte client" })).toBeVisible();
  await expect(page.getByText("Date de naissance").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Transferts hors de l'UE\/EEE/ })).toBeVisible();
  // Nothing wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const absent of ["birth_date", "shop.customers", "total_cents", "T00:00:00.000Z", "Your rights"])
    expect(html).not.toContain(absent);
  expect(text).toContain("Vos droits");
  expect(text).toContain("Date de naissance");
  await keepScreenshot(page, "access-report-fr-390");
  // What the phone shows at a glance: the top, and the register facts (Art. 15(1)(a)-(h), 15(2)).
  await page.screenshot({ path: "e2e/artifacts/screenshots/access-report-fr-390-top.png" });
  await page.getByRole("heading", { name: /utilise vos données/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e/artifacts/screenshots/access-report-fr-390-register.png" });
  await page.setViewportSize({ width: 1366, height: 900 });
  await keepScreenshot(page, "access-report-fr-1366");
});
