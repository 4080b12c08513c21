import type { Locale } from "@/lib/domain/locale";
import { describe, expect, it } from "vitest";
import {
  renderMail,
  sampleCompletionResult,
  sampleCompletionWithResult,
  sampleParams,
  type CompletionResult,
} from "./index";

import { joined, LOCALES, testBrand as brand } from "@/scripts/test-support/mail-templates";

describe("completion with a result", () => {
  const render = (locale: Locale, result: CompletionResult, extra: object = {}) =>
    renderMail("completion", locale, { ...sampleCompletionWithResult(result.kind), result, ...extra }, brand);
  /** Both versions; the HTML reduced to its visible text (tags and React's text-node separators removed, ' decoded). */
  const bodies = (mail: { text: string; html: string }) => [
    mail.text,
    joined(mail.html)
      .replace(/<[^>]+>/g, "")
      .replaceAll("&#x27;", "'"),
  ];

  it("an objection closed by hand promises no details the status page does not show (QA F11)", async () => {
    for (const locale of LOCALES) {
      const mail = await renderMail(
        "completion",
        locale,
        { ...sampleParams("completion"), type: "objection", summary: undefined },
        brand,
      );
      expect(mail.text).not.toMatch(/See the details on your request page|Consultez le détail/);
    }
  });

  it("keeps the generic sentence without a result", async () => {
    const mail = await renderMail(
      "completion",
      "en",
      { ...sampleParams("completion"), type: "erasure", summary: undefined },
      brand,
    );
    expect(mail.text).toContain("We erased your data. See the details on your request page");
    expect(mail.text).not.toContain("What we erased");
  });

  it.each([
    [
      "en",
      "14 August 2025",
      "up to 5 downloads",
      "one-time code by e-mail",
      "2 records were left out",
      "concern other people or are protected",
      "You may ask us why",
    ],
    [
      "fr",
      "14 août 2025",
      "5 téléchargements au maximum",
      "code à usage unique",
      "2 enregistrements n’ont pas été inclus",
      "concernent d’autres personnes ou sont protégés",
      "Vous pouvez nous demander pourquoi",
    ],
  ] as const)(
    "%s / package: availability date per locale, download limit, one-time code, records left out",
    async (locale, ...facts) => {
      const mail = await render(locale, sampleCompletionResult("package"));
      for (const body of bodies(mail)) for (const fact of facts) expect(body).toContain(fact);
      expect(mail.html).toContain("<strong>14 ");
    },
  );

  it.each([
    ["en", "1 record was left out", "left out"],
    ["fr", "1 enregistrement n’a pas été inclus", "pas été inclus"],
  ] as const)(
    "%s / package: singular, and nothing about left-out records when there are none",
    async (locale, singular, marker) => {
      const one = await render(locale, { ...sampleCompletionResult("package"), excludedRecords: 1, maxDownloads: 1 });
      expect(one.text).toContain(singular);
      expect(one.text).toContain(locale === "en" ? "up to 1 download." : "pour 1 téléchargement au maximum");
      const none = await render(locale, { ...sampleCompletionResult("package"), excludedRecords: 0 });
      expect(none.text).not.toContain(marker);
      // The "if you disagree" pointer belongs to left-out records; the regime's complaint routes close every mail.
      expect(none.text).not.toMatch(/If you disagree|Si vous n’êtes pas d’accord/);
    },
  );

  it("package: 1er in French dates", async () => {
    const mail = await render("fr", { ...sampleCompletionResult("package"), availableUntil: "2025-08-01" });
    expect(mail.text).toContain("jusqu’au 1er août 2025");
  });

  it("package: a malformed date is refused rather than mailed", async () => {
    await expect(render("en", { ...sampleCompletionResult("package"), availableUntil: "14/08/2025" })).rejects.toThrow(
      RangeError,
    );
  });

  it.each([
    [
      "en",
      [
        "What we erased:",
        "Your customer account (Demo Shop): 1 record anonymised",
        "Addresses (Demo Shop): 2 records deleted",
        "Newsletter subscriptions (Demo Shop): 1 record deleted",
        "What we kept, and why",
        "Art. 17(3) GDPR",
        "Your orders (Demo Shop): 3 records",
        "Legal ground: Art. 17(3)(b) GDPR — legal obligation",
        "Reason: Orders and invoices are kept 10 years under accounting law (French Commercial Code, art. L123-22); the buyer's name and address are removed.",
        "lodge a complaint",
        "judicial remedy",
        "Art. 19 GDPR",
        "we informed the following recipients of your data of the erasure",
        "Colis Express (delivery)",
        "Newsletter Pro (mailing service)",
      ],
    ],
    [
      "fr",
      [
        "Ce que nous avons effacé :",
        "Votre compte client (Demo Shop) : 1 enregistrement anonymisé",
        "Addresses (Demo Shop) : 2 enregistrements supprimés",
        "Newsletter subscriptions (Demo Shop) : 1 enregistrement supprimé",
        "Ce que nous avons conservé, et pourquoi",
        "article 17, paragraphe 3, du RGPD",
        "Vos commandes (Demo Shop) : 3 enregistrements",
        "Fondement : Art. 17, paragraphe 3, point b) du RGPD — obligation légale",
        "Motif : Les commandes et factures sont conservées 10 ans",
        "introduire une réclamation",
        "recours juridictionnel",
        "article 19 du RGPD",
        "nous avons informé de cet effacement les destinataires suivants de vos données",
        "Colis Express (delivery)",
        "Newsletter Pro (mailing service)",
      ],
    ],
  ] as const)(
    "%s / erasure: what was erased (humanised), what was kept with exemption and reason, recipients told",
    async (locale, facts) => {
      const mail = await render(locale, sampleCompletionResult("erasure"));
      for (const body of bodies(mail)) for (const fact of facts) expect(body).toContain(fact);
      expect(mail.html).not.toContain("shop.customers");
      expect(mail.html).toMatch(/<li[^>]*>(<!-- -->)?<strong>(Your orders|Vos commandes) \(Demo Shop\)<\/strong>/);
      // Nothing of the other language leaks into the mail (the legal hold was configured in both).
      expect(mail.text).not.toContain(locale === "fr" ? "legal obligation" : "obligation légale");
    },
  );

  it.each([
    ["en", "We did not have to keep any of it.", "We did not erase any data", "We found no data about you to erase."],
    [
      "fr",
      "Nous n’avons eu à en conserver aucune.",
      "Nous n’avons effacé aucune donnée",
      "Nous n’avons trouvé aucune donnée vous concernant à effacer.",
    ],
  ] as const)(
    "%s / erasure: nothing kept, nothing erased, nothing found; no recipients paragraph without recipients",
    async (locale, keptNone, erasedNone, found) => {
      const base = sampleCompletionResult("erasure");
      const noneKept = await render(locale, { ...base, kept: [], recipientsNotified: [] });
      expect(noneKept.text).toContain(keptNone);
      expect(noneKept.text).not.toMatch(/Art\. 19|article 19|If you disagree|Si vous n’êtes pas d’accord/);
      const allKept = await render(locale, { ...base, erased: [] });
      expect(allKept.text).toContain(erasedNone);
      expect(allKept.text).toContain(locale === "fr" ? "Vos commandes (Demo Shop)" : "Your orders (Demo Shop)");
      const nothing = await render(locale, { ...base, erased: [], kept: [] });
      expect(nothing.text).toContain(found);
    },
  );

  it.each([
    [
      "en",
      [
        "We made these corrections:",
        "Phone (Demo Shop): +33 6 12 34 56 78",
        "Birth date (Demo Shop): removed",
        "of the correction",
        "Colis Express (delivery)",
      ],
    ],
    [
      "fr",
      [
        "Nous avons apporté ces corrections :",
        "Phone (Demo Shop) : +33 6 12 34 56 78",
        "Birth date (Demo Shop) : valeur supprimée",
        "de cette rectification",
        "Colis Express (delivery)",
      ],
    ],
  ] as const)("%s / rectification: each field with its new value, recipients told", async (locale, facts) => {
    const mail = await render(locale, sampleCompletionResult("rectification"));
    for (const body of bodies(mail)) for (const fact of facts) expect(body).toContain(fact);
  });

  it("rectification: a rectified value is escaped in the HTML and verbatim in the text", async () => {
    const value = `<script>alert("x")</script>`;
    for (const locale of LOCALES) {
      const mail = await render(locale, {
        kind: "rectification",
        changed: [{ system: "Demo Shop", field: "shop.customers.last_name", value }],
        recipientsNotified: [],
      });
      expect(mail.html).not.toContain("<script");
      expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
      expect(mail.text).toContain(`Last name (Demo Shop)${locale === "fr" ? " : " : ": "}${value}`);
    }
  });

  it.each([
    [
      "en",
      [
        "We restricted the processing of your data in these systems:",
        "Demo Shop",
        "Support desk",
        "We will tell you before the restriction is lifted",
        "Art. 18(3) GDPR",
        "of the restriction",
        "Colis Express (delivery)",
      ],
    ],
    [
      "fr",
      [
        "Nous avons limité le traitement de vos données dans ces systèmes :",
        "Demo Shop",
        "Support desk",
        "Nous vous préviendrons avant de lever cette limitation",
        "article 18, paragraphe 3, du RGPD",
        "de cette limitation",
        "Colis Express (delivery)",
      ],
    ],
  ] as const)(
    "%s / restriction: systems, notice before lifting (Art. 18(3)), recipients told",
    async (locale, facts) => {
      const mail = await render(locale, sampleCompletionResult("restriction"));
      for (const body of bodies(mail)) for (const fact of facts) expect(body).toContain(fact);
    },
  );

  it.each([
    ["en", ["We have stopped using your data for direct marketing in these systems:", "Demo Shop", "Newsletter Pro"]],
    [
      "fr",
      [
        "Nous avons cessé d’utiliser vos données à des fins de prospection commerciale dans ces systèmes :",
        "Demo Shop",
        "Newsletter Pro",
      ],
    ],
  ] as const)("%s / objection: marketing stopped in the listed systems", async (locale, facts) => {
    const mail = await render(locale, sampleCompletionResult("objection"));
    for (const body of bodies(mail)) for (const fact of facts) expect(body).toContain(fact);
    expect(mail.text).not.toMatch(/Art\. 19|article 19/);
  });

  it.each(
    LOCALES.flatMap((locale) =>
      (["package", "erasure", "rectification", "restriction", "objection"] as const).map(
        (kind) => [locale, kind] as const,
      ),
    ),
  )(
    "%s / %s: list items appear in both the text and the HTML, with the button, the staff note and no leftovers",
    async (locale, kind) => {
      const mail = await render(locale, sampleCompletionResult(kind), { summary: "Note from Dora." });
      const params = sampleCompletionWithResult(kind);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain(params.statusUrl);
        expect(body).toContain("Note from Dora.");
        expect(body).not.toMatch(/undefined|Invalid Date|NaN|\[object Object\]/);
      }
      const items = mail.html.match(/<li/g)?.length ?? 0;
      expect(mail.text.match(/^ \* /gm)?.length ?? 0).toBe(items);
      expect(mail.html).toContain("background-color:#c2410c");
    },
  );

  it("sample results are fresh copies", () => {
    const a = sampleCompletionResult("erasure");
    a.kept.length = 0;
    expect(sampleCompletionResult("erasure").kept.length).toBeGreaterThan(0);
  });
});
