import { test } from "./fixtures/test";
import { messages } from "@/lib/i18n/messages";
import {
  expect,
  confirmByMailLink,
  fillRequestForm,
  submitAndReadConfirmation,
  subjectEmail,
} from "./fixtures/portal-journey";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

/**
 * A Brazilian (LGPD art. 19, II: 15 days, no extension) and a Canadian (PIPEDA s. 8(3)-(5): 30 days, up to
 * 30 more with notice and the right to complain to the Commissioner) file an access request from the portal:
 * the confirmation page, both mails and the status page name their law and its deadline, never GDPR's
 * "two more months".
 */
const EXPECT = {
  BR: {
    days: 15,
    en: { law: "Article 19(II) of the LGPD", extension: "does not allow this time limit to be extended" },
    fr: { law: "L'article 19, II, de la LGPD", extension: "La LGPD ne permet pas de prolonger ce délai." },
  },
  CA: {
    days: 30,
    en: { law: "Subsection 8(3) of PIPEDA", extension: "right to complain to the Privacy Commissioner" },
    fr: { law: "Le paragraphe 8(3) de la LPRPDE", extension: "porter plainte auprès du Commissaire" },
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  for (const residence of ["BR", "CA"] as const) {
    const want = EXPECT[residence];
    test(`${locale}: a ${residence} resident's access request names ${residence === "BR" ? "LGPD" : "PIPEDA"} from form to status page`, async ({
      page,
      request,
    }) => {
      const gdprExtension = locale === "fr" ? /deux mois/ : /two (further |more )?months/;
      await page.setViewportSize({ width: residence === "BR" ? 1366 : 390, height: 900 });
      await page.goto(`/${locale}/request/access?residence=${residence}`);
      await expect(page.getByTestId("right-law")).toContainText(want[locale].law);
      await fillRequestForm(page, locale, "access", subjectEmail(`j2-${residence.toLowerCase()}`));
      await page.getByLabel(messages(locale).form.jurisdiction).selectOption(residence);
      const email = await page.getByLabel(messages(locale).form.email).inputValue();
      const filed = await submitAndReadConfirmation(page, locale, email);
      // Received today in the controller's zone (Europe/Paris): the due date is `days` calendar days later.
      const received = await page.evaluate(() =>
        new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date()),
      );
      const due = new Date(`${received}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + want.days);
      expect(filed.due).toBe(due.toISOString().slice(0, 10));
      await expect(page.getByTestId("due-note")).toContainText(want[locale].law);
      await expect(page.getByTestId("due-note")).toContainText(want[locale].extension);
      await expect(page.getByTestId("due-note")).not.toContainText(gdprExtension);
      await keepScreenshot(page, `portal-confirmation-${residence}-${locale}`);

      const verify = await waitForMail(request, email, new RegExp(filed.reference));
      expect(verify.text).toContain(want[locale].law);
      expect(verify.text).not.toMatch(gdprExtension);
      await confirmByMailLink(page, request, locale, filed);
      const main = page.locator("main");
      await expect(main).toContainText(want[locale].law);
      await expect(main).toContainText(want[locale].extension);
      await expect(main).toContainText("(Europe/Paris)");
      await expect(main).not.toContainText(gdprExtension);
      await expect(main).not.toContainText(/RGPD|GDPR|CNIL/);
      const ack = await waitForMail(request, email, locale === "fr" ? /bien reçu/ : /have received/);
      expect(ack.text).toContain(want[locale].law);
      expect(ack.text).toContain(want[locale].extension);
      expect(ack.text).not.toMatch(/RGPD|GDPR|CNIL/);
    });
  }
}
