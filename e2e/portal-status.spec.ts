import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import { waitForMail } from "./fixtures/mailbox";
import { expect, confirmByCode, confirmByMailLink, fileRequest, subjectEmail } from "./fixtures/portal-journey";
import { staffAsksSubject } from "./fixtures/portal-staff";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

for (const locale of ["fr", "en"] as const) {
  const t = messages(locale);

  test(`${locale}: answer a staff question from the status page`, async ({ page, request }) => {
    const filed = await fileRequest(page, locale, "rectification");
    await confirmByCode(page, request, locale, filed);
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.new);

    const question =
      locale === "fr"
        ? "Quel est le numéro de votre dernière commande ?\nMerci."
        : "What is the number of your last order?\nThank you.";
    await staffAsksSubject(filed.requestId, question);
    await page.reload();
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.awaiting_subject);
    await expect(page.getByTestId("thread")).toContainText(question.split("\n")[0]!);
    // A rectification's question stops no GDPR clock (only an access request's may: EDPB 01/2022 § 159).
    await expect(page.getByText(t.status.pausedNote)).toHaveCount(0);
    await keepScreenshot(page, `portal-status-question-${locale}`);

    await page.getByRole("button", { name: t.status.send }).click();
    // Empty reply: the browser's own check (required) stops it, nothing is posted.
    await expect(page.getByTestId("thread").locator("li")).toHaveCount(1);

    await page.getByLabel(t.status.replyToQuestion).fill("Order 2025-88812");
    await page.getByRole("button", { name: t.status.send }).click();
    await expect(page.getByRole("status").filter({ hasText: t.status.sentMessage })).toBeVisible();
    await expect(page.getByTestId("thread").locator("li")).toHaveCount(2);
    await expect(page.getByTestId("thread").locator("li").last()).toContainText("Order 2025-88812");
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.in_progress);
    await expect(page.getByTestId("timeline")).toContainText(t.status.steps.you_replied);
    await keepScreenshot(page, `portal-status-replied-${locale}`);
  });

  test(`${locale}: withdraw a request after a confirmation step`, async ({ page, request }) => {
    const filed = await fileRequest(page, locale, "erasure");
    const statusUrl = await confirmByMailLink(page, request, locale, filed);
    await page.getByRole("link", { name: t.status.withdrawButton }).click();
    await expect(page).toHaveURL(/\/withdraw$/);
    await expect(page.getByRole("button", { name: t.withdraw.confirm })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(filed.reference);
    await keepScreenshot(page, `portal-withdraw-confirm-${locale}`);

    // Going back withdraws nothing.
    await page.getByRole("link", { name: t.withdraw.cancel }).click();
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.new);

    await page.getByRole("link", { name: t.status.withdrawButton }).click();
    await page.getByRole("button", { name: t.withdraw.confirm }).click();
    await expect(page.getByRole("status").filter({ hasText: t.status.withdrawnBanner })).toBeVisible();
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.withdrawn);
    await expect(page.getByTestId("timeline")).toContainText(t.status.steps.withdrawn);
    await expect(page.getByRole("link", { name: t.status.withdrawButton })).toHaveCount(0);
    await expect(page.getByLabel(t.status.reply)).toHaveCount(0);
    await waitForMail(request, filed.email, /withdrawn|retirée/);

    // The confirmation page of a closed request offers nothing to confirm.
    await page.goto(`${new URL(statusUrl).pathname}/withdraw`);
    await expect(page.getByRole("button", { name: t.withdraw.confirm })).toHaveCount(0);
  });

  test(`${locale}: lost link — the same answer for known and unknown addresses, links by mail`, async ({
    page,
    request,
  }) => {
    const filed = await fileRequest(page, locale, "access");
    await confirmByMailLink(page, request, locale, filed);
    const statusPath = new URL(page.url()).pathname;

    await page.goto(`/${locale}`);
    await page.getByRole("link", { name: t.portal.lostLinkNav }).click();
    await page.getByLabel(t.lostLink.email).fill(filed.email.toUpperCase());
    await page.getByRole("button", { name: t.lostLink.submit }).click();
    await expect(page.getByTestId("lost-link-done")).toHaveText(t.lostLink.done);
    await keepScreenshot(page, `portal-lost-link-done-${locale}`);
    const knownUrl = page.url();

    const mail = await waitForMail(request, filed.email, locale === "fr" ? /lien de suivi/ : /link to follow/);
    const link = /https?:\/\/\S*\/status\/\S+/.exec(mail.text)![0].replace(/[).,]+$/, "");
    expect(new URL(link).pathname).toBe(statusPath);
    await page.goto(new URL(link).pathname);
    await expect(page.getByTestId("status")).toHaveText(t.status.statuses.new);

    const unknown = subjectEmail("nobody");
    await page.goto(`/${locale}/lost-link`);
    await page.getByLabel(t.lostLink.email).fill(unknown);
    await page.getByRole("button", { name: t.lostLink.submit }).click();
    await expect(page.getByTestId("lost-link-done")).toHaveText(t.lostLink.done);
    expect(page.url()).toBe(knownUrl);
  });
}

test("an unconfirmed request gets a fresh verification mail through the lost-link form", async ({ page, request }) => {
  const filed = await fileRequest(page, "en", "portability");
  await waitForMail(request, filed.email, new RegExp(filed.reference));
  await page.goto("/en/lost-link");
  await page.getByLabel("E-mail address").fill(filed.email);
  await page.getByRole("button", { name: "Send me my links" }).click();
  await expect(page.getByTestId("lost-link-done")).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          (await (await request.get(`/api/dev/mailbox?to=${encodeURIComponent(filed.email)}`)).json()) as {
            messages: unknown[];
          }
        ).messages.length,
      { timeout: 30_000 },
    )
    .toBe(2);
});

test("an invalid or unknown status link says so and offers the lost-link form", async ({ page }) => {
  await page.goto("/fr/status/not-a-real-token");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(messages("fr").status.notFound);
  await expect(page.getByRole("main").getByRole("link", { name: messages("fr").portal.lostLinkNav })).toBeVisible();
});
