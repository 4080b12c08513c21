import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { storeExport } from "@/lib/exports/package-store";
import { extractCode, extractLink, waitForMail as waitForSinkMail } from "@/scripts/test-support/mailbox";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test("a customer downloads their package after a fresh code by mail", async ({ page, request }) => {
  const to = `e2e.dl.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Dana Download", locale: "fr" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const { statusToken } = await verifyByToken(
    new URL(extractLink((await waitForSinkMail(to)).text, "/fr/verify")).searchParams.get("token")!,
  );
  const content = Buffer.concat([Buffer.from("PK"), randomBytes(5000)]);
  await storeExport(db(), { requestId: id, content: Readable.from([content]), approvedAt: new Date() });

  await page.goto(`/fr/status/${statusToken}`);
  await expect(page.getByRole("heading", { name: "Vos données" })).toBeVisible();
  await page.getByRole("button", { name: "M'envoyer un code de téléchargement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "code à 6 chiffres" })).toBeVisible();
  const mail = await waitForMail(request, to, /téléchargement/);
  await page.getByLabel("Code de téléchargement (6 chiffres)").fill(extractCode(mail.text));
  await keepScreenshot(page, "portal-download-fr");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger mes données" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^DSR-\d{4}-\d{6}\.zip$/);
  expect(fs.readFileSync(await download.path()).equals(content)).toBe(true);

  await page.goto(`/fr/status/${statusToken}`);
  await expect(page.getByText("Téléchargements restants : 4")).toBeVisible();
});
