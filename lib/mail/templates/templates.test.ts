import { describe, expect, it } from "vitest";
import type { Branding } from "@/lib/branding/config";
import { REFUSAL_REASONS, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { formatMailDate, humaniseName, recordCount, requestPhrase, tableLabel, typeLabel } from "./format";
import {
  renderMail,
  sampleCompletionResult,
  sampleCompletionWithResult,
  sampleParams,
  templateNames,
  type CompletionResult,
  type TemplateName,
} from "./index";
import type { Locale } from "@/lib/domain/locale";

const brand: Branding = {
  companyName: "Maison Dupont",
  logoUrl: null,
  primaryColor: "#c2410c",
  privacyPolicyUrl: "https://shop.example.com/privacy",
  dpoContact: "dpo@shop.example.com",
};
const LOCALES: Locale[] = ["fr", "en"];

/** React separates adjacent text nodes with <!-- --> in server-rendered HTML. */
const joined = (html: string) => html.replaceAll("<!-- -->", "");

const ALL_NAMES: TemplateName[] = [
  "verification",
  "verification_reminder",
  "request_received",
  "verification_expired",
  "withdrawal_confirmation",
  "clarification_request",
  "extension_notice",
  "refusal",
  "completion",
  "staff_message",
  "lost_link",
  "download_code",
  "restriction_lift_notice",
];

describe("registry", () => {
  it("lists every template", () => {
    expect(templateNames().sort()).toEqual([...ALL_NAMES].sort());
  });

  it("gives a fresh copy of the sample parameters", () => {
    const a = sampleParams("refusal");
    a.reference = "changed";
    expect(sampleParams("refusal").reference).not.toBe("changed");
  });
});

describe.each(ALL_NAMES)("%s", (name) => {
  it.each(LOCALES)("renders in %s with the reference, URLs, company, DPO and privacy policy", async (locale) => {
    const params = sampleParams(name);
    const mail = await renderMail(name, locale, params, brand);

    expect(mail.subject.trim()).not.toBe("");
    expect(mail.subject).toContain(params.reference);
    expect(mail.subject).toContain(brand.companyName);
    expect(mail.html).toContain(`lang="${locale}"`);

    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(params.reference);
      expect(body).toContain(brand.companyName);
      expect(body).toContain(brand.dpoContact);
      expect(body).toContain(brand.privacyPolicyUrl);
      for (const [key, value] of Object.entries(params)) {
        if (key.endsWith("Url")) expect(body, key).toContain(value);
      }
      expect(body).not.toMatch(/undefined|Invalid Date|NaN|\[object Object\]/);
    }
    // The brand colour is used when there is a button.
    if (Object.keys(params).some((k) => k.endsWith("Url") && k !== "portalUrl" && k !== "authorityUrl")) {
      expect(mail.html).toContain("background-color:#c2410c");
    }
  });
});

describe("verification", () => {
  it.each([
    ["en", "Confirm my request", "72 hours", "15 minutes", "ignore this mail: nothing will happen", "15 July 2025"],
    [
      "fr",
      "Confirmer ma demande",
      "72 heures",
      "15 minutes",
      "ignorez ce message : il ne se passera rien",
      "15 juillet 2025",
    ],
  ] as const)(
    "%s: button, large code, expiry and the 'not you' sentence",
    async (locale, button, linkExpiry, codeExpiry, ignore, due) => {
      const params = sampleParams("verification");
      const mail = await renderMail("verification", locale, params, brand);
      expect(mail.html).toMatch(new RegExp(`<a[^>]*href="${params.verifyUrl}"[^>]*background-color:#c2410c[^>]*>`));
      expect(mail.html).toContain(button);
      expect(mail.text).toContain(`${button} ${params.verifyUrl}`);
      expect(mail.text).toContain(params.code);
      expect(mail.html).toMatch(
        new RegExp(`<p style="(?=[^"]*monospace)(?=[^"]*font-size:32px)[^"]*">${params.code}</p>`),
      );
      for (const body of [mail.text, joined(mail.html)]) {
        expect(body).toContain(linkExpiry);
        expect(body).toContain(codeExpiry);
        expect(body).toContain(ignore);
        expect(body).toContain(due);
      }
    },
  );

  it("takes the expiry times from the parameters", async () => {
    const mail = await renderMail(
      "verification",
      "en",
      { ...sampleParams("verification"), linkHours: 48, codeMinutes: 10 },
      brand,
    );
    expect(mail.text).toContain("48 hours");
    expect(mail.text).toContain("10 minutes");
  });
});

describe("refusal (Art. 12(4))", () => {
  const words = {
    en: ["lodge a complaint", "supervisory authority", "judicial remedy"],
    fr: ["introduire une réclamation", "autorité de contrôle", "recours juridictionnel"],
  } as const;

  it.each(LOCALES.flatMap((locale) => REFUSAL_REASONS.map((reasonCode) => [locale, reasonCode] as const)))(
    "%s / %s: reason, staff text, complaint to the authority and judicial remedy",
    async (locale, reasonCode) => {
      const params = {
        ...sampleParams("refusal"),
        reasonCode,
        authorityName: "ICO",
        authorityUrl: "https://ico.org.uk/make-a-complaint/",
      };
      const mail = await renderMail("refusal", locale, params, brand);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain("ICO");
        expect(body).toContain("https://ico.org.uk/make-a-complaint/");
        expect(body).toContain(params.reasonText);
        for (const w of words[locale]) expect(body).toContain(w);
      }
    },
  );

  it("names the CNIL in the sample", async () => {
    for (const locale of LOCALES) {
      const mail = await renderMail("refusal", locale, sampleParams("refusal"), brand);
      expect(mail.text).toContain("CNIL");
      expect(mail.text).toContain("https://www.cnil.fr");
    }
  });

  it("gives a different plain-language reason per code", async () => {
    const texts = await Promise.all(
      REFUSAL_REASONS.map((reasonCode) =>
        renderMail("refusal", "en", { ...sampleParams("refusal"), reasonCode, reasonText: "" }, brand),
      ),
    );
    expect(new Set(texts.map((m) => m.text)).size).toBe(REFUSAL_REASONS.length);
    expect(texts[0]!.text).not.toContain("Details from our team");
  });
});

describe("extension notice", () => {
  it.each([
    ["en", "15 September 2025"],
    ["fr", "15 septembre 2025"],
  ] as const)("%s: reason and new date", async (locale, date) => {
    const params = sampleParams("extension_notice");
    const mail = await renderMail("extension_notice", locale, params, brand);
    expect(mail.text).toContain(params.reason);
    expect(mail.text).toContain(date);
    expect(joined(mail.html)).toContain(date);
  });
});

describe("clarification request", () => {
  it.each([
    ["en", "paused until you reply"],
    ["fr", "suspendu jusqu’à votre réponse"],
  ] as const)("%s: says the clock is paused only when it is", async (locale, paused) => {
    const params = sampleParams("clarification_request");
    const stopped = await renderMail("clarification_request", locale, { ...params, clockStopped: true }, brand);
    const running = await renderMail("clarification_request", locale, { ...params, clockStopped: false }, brand);
    expect(stopped.text).toContain(paused);
    expect(running.text).not.toContain(paused);
    expect(running.text).toContain(params.statusUrl);
  });

  it("keeps the line breaks of the staff question", async () => {
    const mail = await renderMail(
      "clarification_request",
      "en",
      { ...sampleParams("clarification_request"), message: "Line one\nLine two" },
      brand,
    );
    expect(mail.text).toContain("Line one\nLine two");
    expect(mail.html).toMatch(/Line one<br\/?>Line two/);
  });
});

describe("completion", () => {
  const expected = {
    en: {
      access: "ready to download",
      portability: "ready to download",
      erasure: "We erased your data",
      rectification: "corrected",
      restriction: "restricted",
      objection: "stopped using",
    },
    fr: {
      access: "prêtes à être téléchargées",
      portability: "prêtes à être téléchargées",
      erasure: "Nous avons effacé vos données",
      rectification: "corrigé",
      restriction: "limité",
      objection: "cessé",
    },
  } as const;
  it.each(LOCALES.flatMap((locale) => REQUEST_TYPES.map((type) => [locale, type] as const)))(
    "%s / %s",
    async (locale, type) => {
      const params = { ...sampleParams("completion"), type, summary: undefined };
      const mail = await renderMail("completion", locale, params, brand);
      expect(mail.text).toContain(expected[locale][type]);
      expect(mail.text).toContain(typeLabel(type, locale));
      expect(mail.text).toContain(params.statusUrl);
    },
  );
});

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
      expect(none.text).not.toMatch(/supervisory authority|autorité de contrôle/);
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
        "Customers (Demo Shop): 1 record anonymised",
        "Addresses (Demo Shop): 2 records deleted",
        "Newsletter subscriptions (Demo Shop): 1 record deleted",
        "What we kept, and why",
        "Art. 17(3) GDPR",
        "Orders (Demo Shop): 3 records",
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
        "Customers (Demo Shop) : 1 enregistrement anonymisé",
        "Addresses (Demo Shop) : 2 enregistrements supprimés",
        "Newsletter subscriptions (Demo Shop) : 1 enregistrement supprimé",
        "Ce que nous avons conservé, et pourquoi",
        "article 17, paragraphe 3, du RGPD",
        "Orders (Demo Shop) : 3 enregistrements",
        "Fondement : Art. 17(3)(b) GDPR — legal obligation",
        "Motif : Orders and invoices are kept 10 years",
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
      expect(mail.html).toMatch(/<li[^>]*>(<!-- -->)?<strong>Orders \(Demo Shop\)<\/strong>/);
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
      expect(noneKept.text).not.toMatch(/Art\. 19|article 19|supervisory authority|autorité de contrôle/);
      const allKept = await render(locale, { ...base, erased: [] });
      expect(allKept.text).toContain(erasedNone);
      expect(allKept.text).toContain("Orders (Demo Shop)");
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

describe("restriction lift notice (Art. 18(3))", () => {
  it.each([
    [
      "en",
      "the restriction on your data will be lifted",
      [
        "on 1 September 2025 at the earliest",
        "Art. 18(3) GDPR",
        "Demo Shop",
        "Support desk",
        "Why:",
        "contact us before 1 September 2025",
        "lodge a complaint",
        "judicial remedy",
        "CNIL",
      ],
    ],
    [
      "fr",
      "la limitation du traitement de vos données va être levée",
      [
        "au plus tôt le 1er septembre 2025",
        "article 18, paragraphe 3, du RGPD",
        "Demo Shop",
        "Support desk",
        "Pourquoi :",
        "contactez-nous avant le 1er septembre 2025",
        "introduire une réclamation",
        "recours juridictionnel",
        "CNIL",
      ],
    ],
  ] as const)(
    "%s: date per locale, systems, reason, and the options before the lift",
    async (locale, subject, facts) => {
      const params = sampleParams("restriction_lift_notice");
      const mail = await renderMail("restriction_lift_notice", locale, params, brand);
      expect(mail.subject).toContain(subject);
      for (const body of [mail.text, joined(mail.html)]) {
        for (const fact of facts) expect(body).toContain(fact);
        expect(body).toContain(params.authorityUrl);
      }
      expect(mail.text).toContain(params.reason);
    },
  );

  it("takes the authority from the parameters and leaves out an empty reason", async () => {
    const params = {
      ...sampleParams("restriction_lift_notice"),
      reason: "  ",
      authorityName: "ICO",
      authorityUrl: "https://ico.org.uk/make-a-complaint/",
    };
    for (const locale of LOCALES) {
      const mail = await renderMail("restriction_lift_notice", locale, params, brand);
      expect(mail.text).toContain("ICO (https://ico.org.uk/make-a-complaint/)");
      expect(mail.text).not.toMatch(/Why:|Pourquoi :/);
    }
  });

  it("rejects a non-http authority URL", async () => {
    await expect(
      renderMail(
        "restriction_lift_notice",
        "en",
        { ...sampleParams("restriction_lift_notice"), authorityUrl: "javascript:alert(1)" },
        brand,
      ),
    ).rejects.toThrow(/authorityUrl/);
  });
});

describe("lost link", () => {
  it.each([
    ["en", "Track my request", "ignore this mail"],
    ["fr", "Suivre ma demande", "ignorez ce message"],
  ] as const)(
    "%s: the status link, the request in words and the 'not you' sentence",
    async (locale, button, ignore) => {
      const params = sampleParams("lost_link");
      const mail = await renderMail("lost_link", locale, params, brand);
      expect(mail.text).toContain(`${button} ${params.statusUrl}`);
      expect(mail.text).toContain(typeLabel("rectification", locale));
      expect(mail.text).toContain(ignore);
    },
  );
});

describe("escaping", () => {
  const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
  const cases: [TemplateName, object][] = [
    ["staff_message", { ...sampleParams("staff_message"), message: evil }],
    ["clarification_request", { ...sampleParams("clarification_request"), message: evil }],
    ["extension_notice", { ...sampleParams("extension_notice"), reason: evil }],
    ["refusal", { ...sampleParams("refusal"), reasonText: evil, authorityName: evil }],
    ["completion", { ...sampleParams("completion"), summary: evil }],
    [
      "restriction_lift_notice",
      { ...sampleParams("restriction_lift_notice"), reason: evil, authorityName: evil, systems: [evil] },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("erasure"),
        result: {
          kind: "erasure",
          erased: [{ system: evil, table: "shop.customers", action: "delete", rows: 1 }],
          kept: [{ system: "Demo Shop", table: "shop.orders", rows: 1, exemption: evil, reason: evil }],
          recipientsNotified: [evil],
        },
      },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("rectification"),
        result: {
          kind: "rectification",
          changed: [{ system: "Demo Shop", field: "phone", value: evil }],
          recipientsNotified: [evil],
        },
      },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("restriction"),
        result: { kind: "restriction", systems: [evil], recipientsNotified: [] },
      },
    ],
    ["completion", { ...sampleCompletionWithResult("objection"), result: { kind: "objection", systems: [evil] } }],
  ];
  it.each(cases)("%s: user text is escaped in the HTML and kept verbatim in the text", async (name, params) => {
    for (const locale of LOCALES) {
      const mail = await renderMail(name, locale, params as never, { ...brand, companyName: "<b>Shop</b>" });
      expect(mail.html).not.toContain("<script");
      expect(mail.html).not.toContain("<img src=x");
      expect(mail.html).not.toContain("<b>Shop");
      expect(mail.html).toContain("&lt;script&gt;");
      expect(mail.text).toContain(evil);
    }
  });

  it("rejects a URL that is not absolute http(s)", async () => {
    await expect(
      renderMail("staff_message", "en", { ...sampleParams("staff_message"), statusUrl: "javascript:alert(1)" }, brand),
    ).rejects.toThrow(/statusUrl/);
  });

  it("keeps the subject on one line", async () => {
    const mail = await renderMail(
      "staff_message",
      "en",
      { ...sampleParams("staff_message"), reference: "DSR-1\r\nBcc: x@example.com" },
      brand,
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});

describe("branding", () => {
  it("shows the logo when there is one, the company name otherwise", async () => {
    const withLogo = await renderMail("staff_message", "en", sampleParams("staff_message"), {
      ...brand,
      logoUrl: "https://cdn.example.com/logo.png",
    });
    expect(withLogo.html).toMatch(
      /<img[^>]*alt="Maison Dupont"[^>]*src="https:\/\/cdn.example.com\/logo.png"|<img[^>]*src="https:\/\/cdn.example.com\/logo.png"[^>]*alt="Maison Dupont"/,
    );
    const without = await renderMail("staff_message", "en", sampleParams("staff_message"), brand);
    expect(without.html).not.toContain("<img");
  });

  it("falls back to the default colour when the configured one is not a hex colour", async () => {
    const mail = await renderMail("staff_message", "en", sampleParams("staff_message"), {
      ...brand,
      primaryColor: "red;background:url(x)",
    });
    expect(mail.html).not.toContain("url(x)");
  });

  it("shows a DPO contact that is not an e-mail address as text", async () => {
    const mail = await renderMail("staff_message", "fr", sampleParams("staff_message"), {
      ...brand,
      dpoContact: "DPO, 1 rue de la Paix, 75002 Paris",
    });
    expect(mail.text).toContain("DPO, 1 rue de la Paix, 75002 Paris");
  });
});

describe("format", () => {
  it("formats dates per locale at UTC noon", () => {
    expect(formatMailDate("2025-07-15", "en")).toBe("15 July 2025");
    expect(formatMailDate("2025-07-15", "fr")).toBe("15 juillet 2025");
    expect(formatMailDate("2025-08-01", "fr")).toBe("1er août 2025");
    expect(() => formatMailDate("15/07/2025", "en")).toThrow(RangeError);
  });

  it("names request types in plain words", () => {
    expect(typeLabel("access", "en")).toBe("access to your data");
    expect(typeLabel("access", "fr")).toBe("accès à vos données");
    expect(typeLabel("erasure", "en")).toContain("erasure");
    expect(typeLabel("erasure", "fr")).toContain("effacement");
    expect(typeLabel("restriction", "en")).toBe("restriction of processing");
    expect(typeLabel("restriction", "fr")).toBe("limitation du traitement");
    expect(typeLabel("objection", "en")).toContain("objection");
    expect(typeLabel("objection", "fr")).toContain("opposition");
  });

  it("humanises technical table and field names", () => {
    expect(humaniseName("shop.customers")).toBe("Customers");
    expect(humaniseName("shop.order_items")).toBe("Order items");
    expect(humaniseName("first_name")).toBe("First name");
    expect(humaniseName("crm.public.newsletter__subscriptions")).toBe("Newsletter subscriptions");
    expect(humaniseName("_")).toBe("_");
    expect(tableLabel("Demo Shop", "shop.customers")).toBe("Customers (Demo Shop)");
    expect(tableLabel("", "shop.customers")).toBe("Customers");
  });

  it("counts records in both languages", () => {
    expect(recordCount(1, "en")).toBe("1 record");
    expect(recordCount(2, "en")).toBe("2 records");
    expect(recordCount(0, "fr")).toBe("0 enregistrement");
    expect(recordCount(1, "fr")).toBe("1 enregistrement");
    expect(recordCount(2, "fr")).toBe("2 enregistrements");
  });

  it("elides 'de' before a vowel in French", () => {
    expect(requestPhrase("access", "fr", "Acme")).toBe("votre demande d’accès à vos données auprès de Acme");
    expect(requestPhrase("rectification", "fr", "Acme")).toBe(
      "votre demande de rectification de vos données auprès de Acme",
    );
    expect(requestPhrase("access", "en", "Acme")).toBe("your request to Acme for access to your data");
  });
});
