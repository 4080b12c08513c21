import { describe, expect, it } from "vitest";
import { renderAccessReport, type AccessReportInput } from "./index";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import type { Locale } from "@/lib/domain/locale";

const CNIL = {
  name: "Commission nationale de l'informatique et des libertés (CNIL)",
  url: "https://www.cnil.fr/plaintes",
};

function input(regime: RegimeCode, locale: Locale, over: Partial<AccessReportInput> = {}): AccessReportInput {
  return {
    locale,
    regime,
    company: "Demo Shop",
    reference: "DSR-2026-000042",
    generatedAt: new Date("2026-03-05T10:30:00Z"),
    timeZone: "Europe/Paris",
    leadAuthority: CNIL,
    controllerCountry: "FR",
    controllerContact: { address: "12 rue de la Paix, 75002 Paris, France", contact: "dpo@demo-shop.example" },
    sets: [
      {
        system: "Shop",
        name: "shop.customers",
        category: "Customer account",
        columns: ["id", "first_name", "birth_date", "marketing_opt_in", "created_at"],
        rowCount: 1,
        examples: [
          {
            id: 7,
            first_name: "Amélie",
            birth_date: "1968-02-16T00:00:00.000Z",
            marketing_opt_in: false,
            created_at: "2024-06-01T14:05:00.000Z",
          },
        ],
        title: { en: "Your customer account", fr: "Votre compte client" },
        labels: {
          id: { en: "Customer number", fr: "Numéro de client" },
          first_name: { en: "First name", fr: "Prénom" },
          birth_date: { en: "Date of birth", fr: "Date de naissance" },
          marketing_opt_in: { en: "Agreed to marketing", fr: "Accord pour la prospection" },
          created_at: { en: "Created on", fr: "Créé le" },
        },
        formats: { birth_date: "date", marketing_opt_in: "boolean", created_at: "datetime" },
      },
      {
        system: "Shop",
        name: "shop.orders",
        category: "Orders and invoices",
        columns: ["id", "total_cents", "currency"],
        rowCount: 12,
        examples: [{ id: 90, total_cents: 123456, currency: "EUR" }],
        title: { en: "Your orders", fr: "Vos commandes" },
        labels: { total_cents: { en: "Total", fr: "Total" } },
        formats: { total_cents: "money_cents" },
      },
      // The newsletter system's collect found nothing: it is not a system holding this person's data.
      { system: "Mailer", name: "mailer.subscribers", category: "Marketing", columns: ["email"], rowCount: 0 },
    ],
    systems: [
      {
        name: "Shop",
        purposes: ["Selling and delivering your orders"],
        categories: ["Identity", "Orders and invoices"],
        recipients: ["ParcelCo SAS (delivery)"],
        retention: "10 years for invoices",
        source: null,
        legalBases: ["contract", "legal_obligation"],
        automatedDecisions: "Fraud scoring of each order: a score above 80 holds the order for a human check.",
        transfers: [
          { country: "US", recipient: "HelpDeskly Inc.", safeguard: "scc", detail: "copy from dpo@shop.test" },
        ],
      },
      {
        name: "Mailer",
        purposes: ["Newsletter"],
        categories: ["Contact details"],
        recipients: ["NewsletterCo"],
        retention: null,
        source: null,
        legalBases: ["consent"],
        automatedDecisions: null,
        transfers: [],
      },
    ],
    ...over,
  };
}

// Entities decoded, wrapped lines and (narrow) no-break spaces made plain spaces.
const flat = (s: string) => s.replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
const both = (regime: RegimeCode, locale: Locale, over?: Partial<AccessReportInput>) => {
  const { html, text } = renderAccessReport(input(regime, locale, over));
  return { html: flat(html), text: flat(text) };
};

describe("access report, GDPR", () => {
  it("is wholly French for a French subject: labels, dates, amounts, register facts, rights and complaint", () => {
    const { html, text } = both("GDPR", "fr");
    for (const doc of [html, text]) {
      expect(doc).toContain("Vos données personnelles — DSR-2026-000042");
      expect(doc).toContain("article 15 du RGPD");
      expect(doc).toContain("Date de naissance");
      expect(doc).toContain("16 février 1968");
      expect(doc).toContain("1 juin 2024 à 16:05"); // 14:05 UTC in Paris (summer time)
      expect(doc).toContain("1 234,56 €");
      expect(doc).toContain("Accord pour la prospection");
      expect(doc).toContain("Non");
      expect(doc).toContain("12 enregistrements");
      expect(doc).toContain("Rapport établi le 5 mars 2026");
      expect(doc).toContain("Un contrat avec vous");
      expect(doc).toContain("Fraud scoring of each order"); // (h) quoted from the register
      expect(doc).toContain("HelpDeskly Inc., États-Unis : clauses contractuelles types");
      expect(doc).toContain("Art. 15(2)");
      expect(doc).toContain("CNIL");
      expect(doc).toContain("article 77 du RGPD");
      expect(doc).toContain("recours juridictionnel");
      // No column or table names, no English, no raw ISO dates or cents.
      for (const absent of [
        "birth_date",
        "shop.customers",
        "total_cents",
        "1968-02-16T",
        "123456",
        "records",
        "Why we use",
        "Your rights",
      ])
        expect(doc).not.toContain(absent);
      // Only the system that holds this person's data.
      expect(doc).not.toContain("Mailer");
      expect(doc).not.toContain("NewsletterCo");
    }
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/width:\s*\d+px/);
  });

  it("in English: the same facts, British conventions, the lead authority and Art. 77", () => {
    const { html, text } = both("GDPR", "en");
    for (const doc of [html, text]) {
      expect(doc).toContain("Article 15 of the GDPR");
      expect(doc).toContain("Date of birth");
      expect(doc).toContain("16 February 1968");
      expect(doc).toContain("€1,234.56");
      expect(doc).toContain("HelpDeskly Inc., United States: standard contractual clauses");
      expect(doc).toContain("Art. 15(1)(h)");
      expect(doc).toContain("Article 77 of the GDPR");
      expect(doc).not.toContain("Mailer");
      for (const absent of ["Vos données", "RGPD", "CPPA", "1798"]) expect(doc).not.toContain(absent);
    }
  });

  it("says so when no system holds anything, and states no automated decision when the register has none", () => {
    const empty = both("GDPR", "fr", { sets: [] }).html;
    expect(empty).toContain("Nous n'avons trouvé aucune donnée personnelle");
    expect(empty).not.toContain("Comment Shop utilise");
    const none = both("GDPR", "en", {
      systems: input("GDPR", "en").systems.map((s) => ({ ...s, automatedDecisions: null, transfers: [] })),
    }).html;
    expect(none).toContain("We make no decision about you based solely on automated processing");
    expect(none).toContain("None: your data stays in the EU/EEA");
  });
});

describe("access report, CCPA variant", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`gives the right-to-know content without GDPR wording (${locale})`, () => {
      const { html, text } = both("CCPA", locale);
      for (const doc of [html, text]) {
        expect(doc).toContain("§ 1798.110");
        expect(doc).toContain("California Privacy Protection Agency");
        expect(doc).toContain(locale === "en" ? "Categories of sources" : "Catégories de sources");
        expect(doc).toContain(locale === "en" ? "Business or commercial purposes" : "Finalités professionnelles");
        expect(doc).toContain(locale === "en" ? "Categories of third parties" : "Catégories de tiers");
        expect(doc).toContain("ParcelCo SAS (delivery)");
        expect(doc).toContain("HelpDeskly Inc.");
        expect(doc).toContain(locale === "en" ? "Date of birth" : "Date de naissance");
        for (const absent of [
          "GDPR",
          "RGPD",
          "Article 15",
          "article 15",
          "supervisory",
          "contrôle",
          "CNIL",
          "Art. 77",
          "EU/EEA",
          "UE/EEE",
        ])
          expect(doc).not.toContain(absent);
        expect(doc).not.toContain("NewsletterCo");
      }
    });
  }

  it("writes US dates for a Californian reading English", () => {
    expect(both("CCPA", "en").html).toContain("February 16, 1968");
  });
});

describe("access report, other regimes", () => {
  const cases: [RegimeCode, string, string[]][] = [
    [
      "UK_GDPR",
      "Information Commissioner's Office",
      // "EU/EEA" may appear: the French controller's transfers leave the EU/EEA (transfer-area.ts).
      ["CNIL", "Article 77", "article 77", "European Commission"],
    ],
    ["LGPD", "ANPD", ["CNIL", "GDPR", "RGPD"]],
    ["PIPEDA", "Privacy Commissioner", ["CNIL", "GDPR", "RGPD"]],
    ["NFADP", "FDPIC", ["CNIL", "GDPR", "RGPD"]],
  ];
  for (const [regime, authority, absent] of cases)
    it(`${regime}: its own authority, no other regime's`, () => {
      const en = both(regime, "en").html;
      expect(en).toContain(authority);
      for (const a of absent) expect(en).not.toContain(a);
      const fr = both(regime, "fr").html;
      expect(fr).toContain("Vos données personnelles");
      for (const a of absent) expect(fr).not.toContain(a);
      expect(fr).not.toContain("Why we use");
    });
});

describe("access report, UK GDPR Art. 15(1A)", () => {
  it("says the answer covers a reasonable and proportionate search and names every system searched, in EN and FR", () => {
    const en = both("UK_GDPR", "en");
    const fr = both("UK_GDPR", "fr");
    for (const doc of [en.html, en.text]) {
      expect(doc).toContain("Under Article 15(1A) of the UK GDPR");
      expect(doc).toContain("reasonable and proportionate search");
      // Mailer held nothing, but it was searched: it is named.
      expect(doc).toContain("We searched: Shop, Mailer.");
    }
    for (const doc of [fr.html, fr.text]) {
      expect(doc).toContain("article 15, paragraphe 1A, du UK GDPR");
      expect(doc).toContain("Nous avons consulté : Shop, Mailer.");
    }
  });

  it("is said under no other regime", () => {
    for (const regime of ["GDPR", "CCPA", "LGPD", "PIPEDA", "NFADP", "US_VA"] as RegimeCode[])
      for (const locale of ["en", "fr"] as Locale[]) {
        const { html } = both(regime, locale);
        expect(html).not.toContain("15(1A)");
        expect(html).not.toContain("paragraphe 1A");
      }
  });
});

describe("formatValue", () => {
  it("gives a `date` column read as local midnight its own calendar date, whatever the process's zone", async () => {
    const { formatValue } = await import("./format");
    const local = new Date(1968, 1, 16); // what node-postgres returns for 1968-02-16
    const out = (value: unknown, format?: "date" | "money_cents") =>
      formatValue({ value, format, row: { currency: "USD" }, locale: "fr", tag: "fr-FR", timeZone: "Europe/Paris" });
    expect(out(local, "date")).toBe("16 février 1968");
    expect(out(local.toISOString(), "date")).toBe("16 février 1968");
    expect(out("1968-02-16")).toBe("16 février 1968");
    expect(out(150, "money_cents").replace(/\s/g, " ")).toBe("1,50 $US");
    expect(out(null)).toBe("(vide)");
  });
});

describe("access report, the transfers heading", () => {
  it("names the area the controller's transfers leave, not the person's: never a US recipient 'outside the United States'", () => {
    for (const regime of ["US_VA", "LGPD", "PIPEDA", "NFADP", "UK_GDPR", "GDPR"] as RegimeCode[]) {
      expect(both(regime, "en").html, regime).toContain("Transfers outside the EU/EEA and their safeguards");
      expect(both(regime, "en").html, regime).not.toMatch(/outside (the United States|Brazil|Canada|Switzerland)/);
      expect(both(regime, "fr").html, regime).toContain("Transferts hors de l'UE/EEE");
    }
    const british = renderAccessReport(input("UK_GDPR", "en", { controllerCountry: "GB" })).html;
    expect(british).toContain("Transfers outside the UK and their safeguards");
    const american = renderAccessReport(input("US_VA", "fr", { controllerCountry: "US-VA" })).html;
    expect(american).toContain("Transferts hors des États-Unis");
  });
});

describe("access report, a state's list of specific third parties", () => {
  it("says the recipients named are that list where the law grants it (Oregon), not elsewhere (Virginia)", () => {
    expect(both("US_OR", "en").html).toContain("the specific third parties we disclosed your data to");
    expect(both("US_OR", "fr").html).toContain("tiers précis");
    expect(both("US_VA", "en").html).not.toContain("specific third parties");
  });

  it("names the controller and how to reach it (nFADP art. 25(2)(a)), in EN and FR; the CCPA notice does not", () => {
    expect(both("NFADP", "en").text).toContain(
      "Demo Shop, 12 rue de la Paix, 75002 Paris, France, is responsible for the processing of your data (the controller). To contact us about your data or this request: dpo@demo-shop.example.",
    );
    expect(both("NFADP", "fr").text).toContain(
      "Le responsable du traitement de vos données est Demo Shop, 12 rue de la Paix, 75002 Paris, France. Pour nous contacter au sujet de vos données ou de cette demande : dpo@demo-shop.example.",
    );
    const bare = { controllerContact: { address: null, contact: "dpo@x.example" } };
    expect(both("GDPR", "en", bare).text).toContain("Demo Shop is responsible for the processing of your data");
    expect(both("CCPA", "en").text).not.toContain("dpo@demo-shop.example");
  });
});
