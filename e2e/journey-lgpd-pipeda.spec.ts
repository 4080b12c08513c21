import type { Page } from "@playwright/test";
import type { Locale } from "@/lib/domain/locale";
import { freshShopCustomer } from "@/scripts/test-support/fulfilment";
import { expectStatus, openWorkspace, panel, shop, signedInPage } from "./fixtures/fulfilment-workspace";
import { confirmByMailLink, expect } from "./fixtures/portal-journey";
import {
  acknowledgement,
  approvePackage,
  completionMail,
  downloadPackage,
  fileAsResident,
  prose,
} from "./fixtures/regime-journey";
import { createStaff } from "./fixtures/staff";
import { test } from "./fixtures/test";

test.describe.configure({ timeout: 240_000 });

/**
 * A Brazilian (LGPD) and a Canadian (PIPEDA) resident each have an access and an erasure request completed
 * end to end. Every page and mail they read names their own law, its provisions and its authority; none
 * carries a GDPR name, the CNIL or a GDPR-style article number ("Art. 17(3)", "Article 12(3)").
 */
const GDPR_WORDS = /GDPR|RGPD|CNIL|edpb|\b[Aa]rt(icle|\.) ?\d+\(\d+\)|deux mois|two (further |more )?months/;

const LAWS = {
  BR: {
    days: 15,
    authority: "gov.br/anpd",
    report: { en: "Articles 18 and 19 of the LGPD", fr: "en application des articles 18 et 19 de la LGPD" },
    en: {
      access: {
        timeLimit: "Article 19(II) of the LGPD requires a complete answer within 15 days",
        right: "(LGPD article 18(II))",
      },
      erasure: {
        timeLimit: "we answer within 15 days of your request",
        right: "(LGPD article 18(VI))",
        kept: "(Art. 16 LGPD)",
      },
    },
    fr: {
      access: {
        timeLimit: "L'article 19, II, de la LGPD nous impose de vous répondre",
        right: "(article 18, II, de la LGPD)",
      },
      erasure: {
        timeLimit: "nous vous répondons dans les 15 jours suivant votre demande",
        right: "(article 18, VI, de la LGPD)",
        kept: "(article 16 de la LGPD)",
      },
    },
  },
  CA: {
    days: 30,
    authority: "priv.gc.ca",
    report: {
      en: "Principle 4.9 of Schedule 1 to PIPEDA",
      fr: "en application du principe 4.9 de l'annexe 1 de la LPRPDE",
    },
    en: {
      access: {
        timeLimit: "Subsection 8(3) of PIPEDA requires us to answer within thirty days",
        right: "(PIPEDA Schedule 1, Principle 4.9)",
      },
      erasure: {
        timeLimit: "Subsection 8(3) of PIPEDA requires us to answer within thirty days",
        right: "(PIPEDA Schedule 1, Principles 4.3.8, 4.5.3 and 4.9.5)",
        kept: "(Principle 4.5 of Schedule 1 to PIPEDA)",
      },
    },
    fr: {
      access: { timeLimit: "Le paragraphe 8(3) de la LPRPDE", right: "(LPRPDE, annexe 1, principe 4.9)" },
      erasure: {
        timeLimit: "Le paragraphe 8(3) de la LPRPDE",
        right: "(LPRPDE, annexe 1, principes 4.3.8, 4.5.3 et 4.9.5)",
        kept: "(principe 4.5 de l'annexe 1 de la LPRPDE)",
      },
    },
  },
} as const;

/** Received today in the controller's zone (Europe/Paris); the due date is `days` calendar days later, never moved. */
function expectCalendarDays(due: string, days: number) {
  const received = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const end = new Date(`${received}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  expect(due).toBe(end.toISOString().slice(0, 10));
}

async function fileAndConfirm(
  page: Page,
  request: import("@playwright/test").APIRequestContext,
  p: { locale: Locale; type: "access" | "erasure"; residence: "BR" | "CA"; email: string },
) {
  const law = LAWS[p.residence];
  const want = law[p.locale][p.type];
  const filed = await fileAsResident(page, p);
  expectCalendarDays(filed.due, law.days);
  await expect(page.getByTestId("due-note")).toContainText(want.timeLimit);
  await expect(page.getByTestId("due-note")).not.toContainText(GDPR_WORDS);
  const statusUrl = await confirmByMailLink(page, request, p.locale, filed);
  await expect(page.locator("main")).toContainText(want.timeLimit);
  await expect(page.locator("main")).not.toContainText(GDPR_WORDS);
  const ack = prose(await acknowledgement(request, p.email));
  expect(ack).toContain(want.timeLimit);
  expect(ack).toContain(law.authority);
  expect(ack).not.toMatch(GDPR_WORDS);
  return { ...filed, statusUrl };
}

for (const locale of ["en", "fr"] as const) {
  for (const residence of ["BR", "CA"] as const) {
    const law = LAWS[residence];

    test(`${locale}: ${residence} access request completed — the completion mail cites ${residence === "BR" ? "LGPD art. 18(II)" : "PIPEDA principle 4.9"}`, async ({
      page,
      request,
    }) => {
      const customer = await freshShopCustomer(1);
      const filed = await fileAndConfirm(page, request, { locale, type: "access", residence, email: customer.email });
      const agent = await createStaff("agent");
      await openWorkspace(page, agent, filed.requestId);
      await approvePackage(page);
      const done = prose(await completionMail(request, customer.email));
      expect(done).toContain(law[locale].access.right);
      expect(done).toContain(law.authority);
      expect(done).not.toMatch(GDPR_WORDS);
      // The package's report (the access facts) speaks the same law.
      const files = await downloadPackage(page, request, { locale, statusUrl: filed.statusUrl, email: customer.email });
      expect(files["shop.customers.csv"]).toContain(customer.email);
      const report = files["report.html"]!.replace(/<[^>]+>/g, " ")
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/\s+/g, " ");
      expect(report).toContain(law.report[locale]);
      expect(report).not.toMatch(GDPR_WORDS);
    });

    test(`${locale}: ${residence} erasure completed — the completion mail cites ${residence === "BR" ? "LGPD art. 18(VI) and art. 16" : "PIPEDA principles 4.3.8, 4.5.3, 4.9.5"}`, async ({
      page,
      request,
      browser,
    }) => {
      const customer = await freshShopCustomer(1);
      const filed = await fileAndConfirm(page, request, { locale, type: "erasure", residence, email: customer.email });
      const agent = await createStaff("agent");
      await openWorkspace(page, agent, filed.requestId);
      await page.getByRole("button", { name: "Start work" }).click();
      await expect(panel(page).getByTestId("erasure-plan")).toBeVisible({ timeout: 90_000 });

      const dpoPage = await signedInPage(browser, await createStaff("dpo"), filed.requestId);
      await panel(dpoPage).getByTestId("erasure-plan").getByRole("button", { name: "Approve erasure" }).click();
      await dpoPage.getByRole("button", { name: "Yes, approve erasure" }).click();
      await expectStatus(dpoPage, "Completed");
      await dpoPage.context().close();
      const [row] = await shop("select email from shop.customers where id = $1", [customer.id]);
      expect(row.email).toMatch(/^erased-/);

      const done = prose(await completionMail(request, customer.email));
      expect(done).toContain(law[locale].erasure.right);
      expect(done).toContain(law[locale].erasure.kept);
      expect(done).toContain(law.authority);
      expect(done).not.toMatch(GDPR_WORDS);
    });
  }
}
