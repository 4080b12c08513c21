import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { exportChunks, exports, staffUsers } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { storeExport } from "@/lib/exports/package-store";
import { purgeExpiredExports } from "@/lib/exports/purge-expired";
import { extractLink, waitForMail as waitForSinkMail } from "@/scripts/test-support/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 120_000 });

test("after its window a package is purged: bytes and key gone, the status and staff pages say so in FR/EN, the download answers 410-ish, never 500", async ({
  page,
}) => {
  const to = `e2e.purge.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Paula Purge", locale: "fr" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const { statusToken } = await verifyByToken(
    new URL(extractLink((await waitForSinkMail(to)).text, "/fr/verify")).searchParams.get("token")!,
  );
  const content = Buffer.concat([Buffer.from("PK"), randomBytes(3000)]);
  const pkg = await storeExport(db(), { requestId: id, content: Readable.from([content]), approvedAt: new Date() });
  // The window closed yesterday; the purge job (here called directly, as the worker does) deletes the file.
  await db()
    .update(exports)
    .set({ expiresAt: new Date(Date.now() - 86_400_000) })
    .where(eq(exports.id, pkg.id));
  await purgeExpiredExports();

  const [row] = await db().select().from(exports).where(eq(exports.id, pkg.id));
  expect(row!.purgedAt).not.toBeNull();
  expect(row!.keyEnc).toBeNull();
  expect(await db().select().from(exportChunks).where(eq(exportChunks.exportId, pkg.id))).toEqual([]);

  await page.goto(`/fr/status/${statusToken}`);
  const section = page.locator("#download");
  await expect(section).toContainText("le fichier a ensuite été supprimé");
  await expect(section.getByRole("button", { name: "Télécharger mes données" })).toHaveCount(0);
  await keepScreenshot(page, "package-purged-status-fr");
  await page.goto(`/en/status/${statusToken}`);
  await expect(section).toContainText("the file was then deleted and we keep no copy of it");

  // The form's address opened directly, and a stale form posted after the purge: both lead to the page, no 500.
  // The 410 is a portal page (header, footer, the portal's style) in the link's language: when the window
  // closed, in the controller's zone and labelled with it, and how to ask again; no id, no stack.
  for (const [locale, words] of [
    [
      "en",
      { title: "Your data: file deleted", closed: "The download window closed on", again: "Make a new access request" },
    ],
    [
      "fr",
      {
        title: "Vos données : fichier supprimé",
        closed: "La période de téléchargement s’est terminée le",
        again: "Faire une nouvelle demande d’accès",
      },
    ],
  ] as const) {
    const gone = await page.goto(`/${locale}/status/${statusToken}/download`);
    expect(gone!.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.title);
    await expect(page.locator("main p.lead")).toContainText(words.closed);
    await expect(page.locator("main p.lead")).toContainText("(Europe/Paris)");
    await expect(page.getByRole("link", { name: words.again })).toHaveAttribute("href", `/${locale}/request/access`);
    await expect(page.locator("header.site-header")).toBeVisible();
    await expect(page.locator("footer.site-footer")).toBeVisible();
    // Styled like the portal: the main column is centred, not the browser's default body margin.
    expect(await page.locator("main").evaluate((m) => getComputedStyle(m).marginLeft)).not.toBe("0px");
    const body = await gone!.text();
    expect(body).not.toContain(id);
    expect(body).not.toContain(pkg.id);
    expect(body).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await keepScreenshot(page, `package-purged-download-410-${locale}-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  }
  await page.getByRole("link", { name: "Retour à votre demande" }).click();
  await expect(section).toContainText("le fichier a ensuite été supprimé");
  const post = await page.request.post(`/en/status/${statusToken}/download`, {
    form: { code: "123456" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(303);
  expect(post.headers().location).toContain("download=verification_expired");
  await page.goto(post.headers().location!);
  await expect(section.getByRole("alert")).toHaveText(
    "This file no longer exists: it was deleted when its download window closed.",
  );
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `package-purged-status-en-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${id}`);
  await expect(page.getByText("Package file deleted (expired)")).toBeVisible();
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, dpo.id));
  await page.reload();
  await expect(page.getByText("Fichier du dossier supprimé (expiré)")).toBeVisible();
  await keepScreenshot(page, "package-purged-staff-fr");
});
