import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { encrypt } from "@/lib/crypto/env-keys";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { messages } from "@/lib/i18n/messages";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 180_000 });

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(8192), Buffer.from("\n%%EOF\n")]);

test("the subject attaches a PDF to a reply on the status page (an HTML file is refused, in French); staff download it", async ({
  page,
  browser,
}) => {
  const req = await createVerifiedRequest({ locale: "fr" });
  const token = generateToken();
  await db()
    .update(requests)
    .set({ statusTokenHash: hashToken(token), statusTokenEnc: encrypt(token, `requests.status_token:${req.id}`) })
    .where(eq(requests.id, req.id));
  const s = messages("fr").status;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/fr/status/${token}`);
  await page.getByLabel(s.reply).fill("Voici le justificatif demandé.");
  // An HTML page named .pdf: refused by its content, explained beside the file field.
  await page.getByLabel(s.attachments).setInputFiles({
    name: "justificatif.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<!doctype html><html><body>not a pdf</body></html>"),
  });
  await page.getByRole("button", { name: s.send }).click();
  await expect(page.locator("#attachments-error")).toHaveText(
    fill(s.errors.attachment_type, { mb: Math.floor(env().ATTACHMENT_MAX_BYTES / 1024 / 1024) }),
  );
  await expect(page.getByLabel(s.attachments)).toHaveAttribute("aria-invalid", "true");
  await keepScreenshot(page, "portal-reply-attachment-refused-390");

  await page.getByLabel(s.reply).fill("Voici le justificatif demandé.");
  await page
    .getByLabel(s.attachments)
    .setInputFiles({ name: "justificatif.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: s.send }).click();
  await expect(page.getByText(s.sentMessage)).toBeVisible();
  await keepScreenshot(page, "portal-reply-attachment-sent-390");

  const agent = await createStaff("agent");
  const staffPage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staffPage, agent);
  await staffPage.goto(`/staff/requests/${req.id}`);
  const files = staffPage.getByTestId("thread-attachments");
  const link = files.getByRole("link", { name: /justificatif\.pdf/ });
  await expect(link).toBeVisible();
  const download = await staffPage.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).equals(PDF)).toBe(true);
  await files.scrollIntoViewIfNeeded();
  await keepScreenshot(staffPage, "staff-subject-attachment-1366");
  await staffPage.close();
});
