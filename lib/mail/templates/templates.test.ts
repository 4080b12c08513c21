import { describe, expect, it } from "vitest";
import { REFUSAL_REASONS, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { typeLabel } from "./format";
import { renderMail, sampleParams, templateNames, type TemplateName } from "./index";

import { joined, LOCALES, testBrand as brand } from "@/scripts/test-support/mail-templates";

const ALL_NAMES: TemplateName[] = [
  "new_date_notice",
  "regime_correction_notice",
  "complaint_acknowledged",
  "complaint_outcome",
  "appeal_decision",
  "appeal_received",
  "appeal_extension",
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
  "agent_notice",
  "lost_link",
  "download_code",
  "restriction_lift_notice",
  "restriction_lift_cancelled",
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
        // The configured lead authority is quoted under GDPR only: another regime never names it.
        const foreignLead = key === "authorityUrl" && "regime" in params && params.regime !== "GDPR";
        if (key.endsWith("Url") && !foreignLead) expect(body, key).toContain(value);
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

  it.each([
    ["en", "as soon as possible", "at the latest"],
    ["fr", "dès que possible", "au plus tard"],
  ] as const)("%s: promises no date that has passed (a back-dated letter)", async (locale, asap, promise) => {
    const mail = await renderMail("verification", locale, { ...sampleParams("verification"), overdue: true }, brand);
    expect(mail.text).toContain(asap);
    expect(mail.text).not.toContain(promise);
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
    ["en", "paused while we wait for your answer"],
    ["fr", "suspendu pendant que nous attendons votre réponse"],
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
      opt_out_sale: "no longer sell or share",
      limit_sensitive: "sensitive personal information only",
      opt_out_targeted_ads: "no longer process your personal data for targeted advertising",
      opt_out_profiling: "no longer profile you",
      opt_out_sensitive: "no longer process your sensitive data",
      question_profiling: "reviewed the decision you questioned",
      confirmation: "checked every system",
    },
    fr: {
      access: "prêtes à être téléchargées",
      portability: "prêtes à être téléchargées",
      erasure: "Nous avons effacé vos données",
      rectification: "corrigé",
      restriction: "limité",
      objection: "cessé",
      opt_out_sale: "ne partageons plus",
      limit_sensitive: "informations personnelles sensibles que",
      opt_out_targeted_ads: "à des fins de publicité ciblée",
      opt_out_profiling: "ne vous profilons plus",
      opt_out_sensitive: "ne traitons plus vos données sensibles",
      question_profiling: "réexaminé la décision que vous contestez",
      confirmation: "vérifié chaque système",
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
