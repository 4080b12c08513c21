import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { addDays } from "@/lib/domain/deadline/local-date";
import { todayForRequest } from "@/lib/domain/deadline/today-for-request";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { messages } from "@/lib/i18n/messages";
import { STATUS_LATE } from "@/lib/i18n/messages/status-late";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { withdrawAsSubject } from "@/lib/requests/subject/withdraw-as-subject";
import { expect, test } from "./fixtures/test";
import { expectNoAxeViolations } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, signIn } from "./fixtures/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { issueStatusLink } from "./fixtures/status-link";

test.describe.configure({ timeout: 120_000 });

const rowOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;

/** A verified request whose due date passed `days` ago ("today" in its controller's zone), and its status page. */
async function overdueRequest(jurisdiction: string, locale: "en" | "fr", days: number) {
  const req = await createVerifiedRequest({ jurisdiction, locale });
  const due = addDays(todayForRequest(new Date(), await rowOf(req.id)), -days);
  await db().update(requests).set({ dueDate: due }).where(eq(requests.id, req.id));
  return { ...req, due, path: await issueStatusLink(req.id, locale) };
}

async function screenshots(page: import("@playwright/test").Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await keepScreenshot(page, `${name}-${width}`);
  }
}

test("fr, GDPR: an overdue answer promises no past date; it says it is late, still handled, and where to complain (Art. 77)", async ({
  page,
}) => {
  const req = await overdueRequest("FR", "fr", 17);
  const l = STATUS_LATE.fr;
  await page.goto(req.path);
  const due = page.getByTestId("due-date");
  await expect(due).toHaveAttribute("data-overdue", "true");
  await expect(due).toContainText(`${formatLocalDate(req.due, "fr")} (${l.passed})`);
  await expect(page.getByText(messages("fr").status.dueDate)).toHaveCount(0);
  await expect(page.getByText(l.dueDatePassed)).toBeVisible();
  const late = page.getByTestId("late-notice");
  await expect(late.getByRole("heading", { name: l.lateTitle })).toBeVisible();
  await expect(late).toContainText(`Le délai pour vous répondre a pris fin le ${formatLocalDate(req.due, "fr")}`);
  await expect(late).toContainText("toujours en cours de traitement");
  await expect(late).toContainText("article 77 du RGPD");
  await expect(late).toContainText(l.lateWrite);
  await expect(page.getByTestId("deemed-refused")).toHaveCount(0);
  // Still open: the person can still write.
  await expect(page.getByLabel(messages("fr").status.reply)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, "portal-status-late-gdpr-fr");
});

test("en, PIPEDA: an overdue request is deemed refused by law (s. 8(5)); the Commissioner's complaint (s. 11) is open; we still answer", async ({
  page,
}) => {
  const req = await overdueRequest("CA", "en", 3);
  await page.goto(req.path);
  await expect(page.getByTestId("due-date")).toContainText(`(${STATUS_LATE.en.passed})`);
  const late = page.getByTestId("late-notice");
  await expect(late).toContainText(`The time limit for our answer ended on ${formatLocalDate(req.due, "en")}`);
  await expect(page.getByTestId("deemed-refused")).toContainText(
    "under subsection 8(5) of PIPEDA, we are therefore deemed to have refused your request",
  );
  await expect(page.getByTestId("deemed-refused")).toContainText("(section 11 of PIPEDA)");
  await expect(page.getByTestId("deemed-refused")).toContainText(
    "We are still handling your request and will answer it.",
  );
  await screenshots(page, "portal-status-late-pipeda-en");

  // On the due date itself nothing is late: the date is a promise again.
  await db()
    .update(requests)
    .set({ dueDate: todayForRequest(new Date(), await rowOf(req.id)) })
    .where(eq(requests.id, req.id));
  await page.reload();
  await expect(page.getByTestId("late-notice")).toHaveCount(0);
  await expect(page.getByText(messages("en").status.dueDate)).toBeVisible();
});

for (const locale of ["en", "fr"] as const) {
  test(`${locale}: staff write on a withdrawn request — mail and page agree: answer for 30 days, nothing reopens; then no more (QA F27)`, async ({
    page,
    request,
  }) => {
    const t = messages(locale).status;
    const l = STATUS_LATE[locale];
    const req = await createVerifiedRequest({ jurisdiction: "FR", locale });
    const path = await issueStatusLink(req.id, locale);
    await withdrawAsSubject({ token: path.split("/").pop()! });
    await page.goto(path);
    // Closed, nobody wrote since: no form, and the way to a new request.
    await expect(page.getByTestId("closed-no-reply")).toContainText(l.closedNoReply);
    await expect(page.getByTestId("closed-no-reply").getByRole("link", { name: l.newRequest })).toHaveAttribute(
      "href",
      `/${locale}`,
    );
    await expect(page.locator("#reply")).toHaveCount(0);

    const dpo = await createStaff("dpo");
    const question =
      locale === "fr" ? "Pourquoi avez-vous retiré votre demande ?" : "Why did you withdraw your request?";
    await sendStaffMessage({ requestId: req.id, staffId: dpo.id, message: question });
    const mail = await waitForMail(request, req.email, locale === "fr" ? /Nouveau message/ : /New message/);
    const row = await rowOf(req.id);
    const until = formatLocalDate(addDays(todayForRequest(row.closedAt!, row), 30), locale);
    expect(mail.text.replace(/\s+/g, " ")).toContain(
      locale === "fr"
        ? `Vous pouvez encore répondre à ce message sur sa page jusqu’au ${until} inclus`
        : `You can still answer this message on its page until ${until} inclusive`,
    );

    await page.reload();
    await expect(page.getByTestId("closed-reply")).toContainText(until);
    await expect(page.getByTestId("closed-reply").getByRole("link", { name: l.newRequest })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, `portal-status-closed-reply-${locale}`);
    await page
      .getByLabel(t.reply)
      .fill(locale === "fr" ? "Je ne souhaitais plus de réponse." : "I no longer needed it.");
    await page.getByRole("button", { name: t.send }).click();
    await expect(page.getByRole("status").filter({ hasText: t.sentMessage })).toBeVisible();
    await expect(page.getByTestId("thread").locator("li")).toHaveCount(2);
    await expect(page.getByTestId("status")).toHaveText(t.statuses.withdrawn);
    expect((await rowOf(req.id)).status).toBe("withdrawn");

    // Past the 30 days the page takes no answer and says how to make a new request, as a later mail would.
    await db()
      .update(requests)
      .set({ closedAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(requests.id, req.id));
    await page.reload();
    await expect(page.getByTestId("closed-no-reply")).toBeVisible();
    await expect(page.locator("#reply")).toHaveCount(0);
  });
}

test("staff writing on a closed request read until when the person may answer (the same day the mail gives)", async ({
  page,
}) => {
  const req = await createVerifiedRequest({ jurisdiction: "FR", locale: "en" });
  const path = await issueStatusLink(req.id, "en");
  await withdrawAsSubject({ token: path.split("/").pop()! });
  const row = await rowOf(req.id);
  const until = formatStaffDay(addDays(todayForRequest(row.closedAt!, row), 30), "en");
  const dpo = await createStaff("dpo");
  await signIn(page, dpo);
  await page.goto(`/staff/requests/${req.id}`);
  await expect(page.getByTestId("closed-message-note")).toContainText(
    `The person may answer this message from their status page until ${until}; an answer reopens nothing.`,
  );
});
