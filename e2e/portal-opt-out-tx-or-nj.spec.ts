import { test } from "./fixtures/test";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { expect, subjectEmail } from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });
test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });

/**
 * Opt-outs from the portal for states other than California whose laws make Global Privacy Control binding
 * (lib/domain/us-states cites each section): the signal
 * ticks sale and targeted advertising (not profiling), each is due in the state's 45 days, not California's
 * 15 business days, and the mail names the state's law and Attorney General, never the CCPA.
 */
const CASES = [
  { state: "US-TX", locale: "en", law: "Texas Data Privacy and Security Act", width: 1366 },
  { state: "US-OR", locale: "fr", law: "L'Oregon Consumer Privacy Act", width: 390 },
  { state: "US-NJ", locale: "en", law: "New Jersey Data Privacy Act", width: 390 },
] as const;

for (const c of CASES) {
  test(`${c.locale}: a ${c.state} resident's GPC opt-out from the portal, due in 45 days under the state's law`, async ({
    page,
    request,
  }) => {
    const t = optOutMessages(c.locale);
    await page.setViewportSize({ width: c.width, height: 900 });
    await page.goto(`/${c.locale}/opt-out?residence=${c.state}`);
    await expect(page.getByTestId("opt-out-lead")).toContainText(
      c.locale === "fr" ? "sous 45 jours" : "within 45 days",
    );
    await expect(page.getByTestId("gpc-detected")).toBeVisible();
    await expect(page.getByLabel(t.choicesState.opt_out_sale)).toBeChecked();
    await expect(page.getByLabel(t.choices.opt_out_targeted_ads)).toBeChecked();
    await expect(page.getByLabel(t.choices.opt_out_profiling)).not.toBeChecked();
    await expect(page.getByLabel(t.choices.limit_sensitive)).toHaveCount(0);
    const email = subjectEmail(`optout-${c.state.toLowerCase()}`);
    await page.getByLabel(t.email).fill(email);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.doneTitle })).toBeVisible();
    await expect(page.getByText(t.doneGpc)).toBeVisible();
    const dues = await page.getByTestId("due-date").evaluateAll((els) => els.map((e) => e.getAttribute("data-date")));
    expect(dues).toHaveLength(2);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 45);
    expect(dues).toEqual([due.toISOString().slice(0, 10), due.toISOString().slice(0, 10)]);
    await expect(page.locator("main")).toContainText("(Europe/Paris)");
    await keepScreenshot(page, `portal-opt-out-${c.state}-${c.locale}-done`);

    const mail = await waitForMail(request, email);
    // The acknowledgement or, if the workers were quick, the completion mail: the law is named in either
    // (at a sentence's start in one, "l'Oregon …" mid-sentence in the other).
    expect(mail.text.toLowerCase()).toContain(c.law.toLowerCase());
    expect(mail.text).not.toMatch(/CCPA|1798|15 (business|jours ouvr)/);
    expect(mail.text).not.toMatch(/\b[lL]e Oregon/);
  });
}
