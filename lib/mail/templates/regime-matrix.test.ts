import { describe, expect, it } from "vitest";
import { REGIMES } from "@/lib/domain/deadline";
import { usStateLaw } from "@/lib/domain/us-states";
import { joined, LOCALES, testBrand as brand } from "@/scripts/test-support/mail-templates";
import { leaks, missing, RESIDENCES } from "@/scripts/test-support/regime-markers";
import {
  renderMail,
  sampleCompletionWithResult,
  sampleParams,
  templateNames,
  type CompletionResult,
  type TemplateName,
  type TemplateParams,
} from "./index";

/** Templates that say something about the law: each must name the regime's own authority and law. */
const LAW_BEARING: TemplateName[] = [
  "verification",
  "request_received",
  "clarification_request",
  "extension_notice",
  "refusal",
  "completion",
  "restriction_lift_notice",
  "new_date_notice",
  "regime_correction_notice",
  "complaint_acknowledged",
  "complaint_outcome",
  "appeal_decision",
];
const KINDS: CompletionResult["kind"][] = ["package", "erasure", "rectification", "restriction", "objection"];

/** Where a template is only ever sent under some regimes (the action is offered there only). */
function sentUnder(name: TemplateName, regime: keyof typeof REGIMES): boolean {
  if (name === "extension_notice") return REGIMES[regime].extension !== null && regime !== "NFADP";
  if (name === "new_date_notice") return regime === "NFADP";
  if (name === "complaint_acknowledged" || name === "complaint_outcome") return regime === "UK_GDPR";
  if (name === "appeal_decision" || name === "appeal_received") return Boolean(usStateLaw(regime)?.appeal);
  if (name === "appeal_extension") return Boolean(usStateLaw(regime)?.appeal?.decideExtensionDays);
  return true;
}

/** The visible text of both versions (HTML tags and React's text-node separators removed). */
const bodies = (mail: { subject: string; text: string; html: string }) => [
  `${mail.subject}\n${mail.text}`,
  joined(mail.html)
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&#x27;", "'"),
];

const regimeParams = (residence: string, regime: keyof typeof REGIMES) => ({
  regime,
  residence,
  authorityName: "Commission nationale de l'informatique et des libertés (CNIL)",
  authorityUrl: "https://www.cnil.fr/fr/plaintes",
});

const cases = RESIDENCES.flatMap(({ residence, regime }) =>
  LOCALES.flatMap((locale) => templateNames().map((name) => ({ residence, regime, locale, name }))),
).filter((c) => sentUnder(c.name, c.regime));

describe("every subject-facing template × regime × locale", () => {
  it.each(cases)(
    "$name for a resident of $residence ($regime), $locale",
    async ({ residence, regime, locale, name }) => {
      const params = { ...sampleParams(name), ...regimeParams(residence, regime) } as TemplateParams[typeof name];
      const variants = [params];
      if (name === "completion")
        for (const kind of KINDS)
          variants.push({ ...sampleCompletionWithResult(kind), ...regimeParams(residence, regime) } as typeof params);
      for (const p of variants) {
        const mail = await renderMail(name, locale, p, brand);
        for (const body of bodies(mail)) {
          expect(leaks(regime, body), body).toEqual([]);
          if (LAW_BEARING.includes(name)) expect(missing(regime, locale, body), body).toEqual([]);
        }
      }
    },
  );
});

describe("Art. 77 GDPR: the resident's own authority", () => {
  it.each(LOCALES)("%s: a German resident of a French shop is also given the German authorities", async (locale) => {
    for (const name of ["refusal", "extension_notice", "completion", "request_received"] as const) {
      const de = await renderMail(name, locale, { ...sampleParams(name), ...regimeParams("DE", "GDPR") }, brand);
      expect(de.text, name).toContain("cnil.fr");
      expect(de.text, name).toContain("datenschutzkonferenz-online.de");
      const fr = await renderMail(name, locale, { ...sampleParams(name), ...regimeParams("FR", "GDPR") }, brand);
      expect(fr.text, name).not.toContain("datenschutzkonferenz");
      expect(fr.text, name).toContain("edpb.europa.eu");
    }
  });
});

describe("regime-specific duties", () => {
  it.each(LOCALES)(
    "%s: PIPEDA acknowledgement says silence is a refusal (s. 8(5)); extension states s. 8(4)",
    async (locale) => {
      const ack = await renderMail(
        "request_received",
        locale,
        { ...sampleParams("request_received"), ...regimeParams("CA", "PIPEDA") },
        brand,
      );
      expect(ack.text).toMatch(
        locale === "en" ? /deemed to have refused.*subsection 8\(5\)/s : /réputés avoir refusé.*paragraphe 8\(5\)/s,
      );
      const ext = await renderMail(
        "extension_notice",
        locale,
        { ...sampleParams("extension_notice"), ...regimeParams("CA", "PIPEDA") },
        brand,
      );
      expect(ext.text).toMatch(locale === "en" ? /Subsection 8\(4\) of PIPEDA/ : /paragraphe 8\(4\) de la LPRPDE/);
      expect(ext.text).toMatch(locale === "en" ? /right to make a complaint/ : /droit de déposer une plainte/);
    },
  );

  it.each(LOCALES)(
    "%s: UK clarification cites Art. 12A; the complaint route to us (s. 164A DPA 2018)",
    async (locale) => {
      const ask = await renderMail(
        "clarification_request",
        locale,
        { ...sampleParams("clarification_request"), ...regimeParams("GB", "UK_GDPR"), clockStopped: true },
        brand,
      );
      expect(ask.text).toMatch(locale === "en" ? /Article 12A of the UK GDPR/ : /article 12A du UK GDPR/);
      expect(ask.text).toMatch(/164A/);
      const ccpa = await renderMail(
        "clarification_request",
        locale,
        { ...sampleParams("clarification_request"), ...regimeParams("US-CA", "CCPA"), clockStopped: false },
        brand,
      );
      expect(ccpa.text).toMatch(/45/);
      expect(ccpa.text).not.toMatch(/12A|paused|suspendu/);
    },
  );

  it.each(LOCALES)("%s: the Swiss new-date notice cites art. 18 al. 2 OPDo and gives the date", async (locale) => {
    const mail = await renderMail(
      "new_date_notice",
      locale,
      { ...sampleParams("new_date_notice"), ...regimeParams("CH", "NFADP") },
      brand,
    );
    expect(mail.text).toMatch(
      locale === "en"
        ? /Article 18\(2\) of the Swiss Data Protection Ordinance/
        : /article 18, alinéa 2, de l'ordonnance/,
    );
    expect(mail.text).toContain(locale === "en" ? "30 September 2025" : "30 septembre 2025");
  });

  it.each(LOCALES)(
    "%s: the Swiss new-date notice of a rectification, erasure or objection cites no art. 18(2) OPDo",
    async (locale) => {
      for (const type of ["rectification", "erasure", "objection", "restriction"] as const) {
        const mail = await renderMail(
          "new_date_notice",
          locale,
          { ...sampleParams("new_date_notice"), ...regimeParams("CH", "NFADP"), type },
          brand,
        );
        for (const body of bodies(mail)) {
          expect(body, type).not.toMatch(/18\(2\)|alinéa 2|OPDo|Ordinance|ordonnance/);
          expect(body, type).toContain(locale === "en" ? "30 September 2025" : "30 septembre 2025");
          expect(body, type).toMatch(/FDPIC|PFPDT|Préposé|Federal Data Protection/);
        }
      }
      const access = await renderMail(
        "new_date_notice",
        locale,
        { ...sampleParams("new_date_notice"), ...regimeParams("CH", "NFADP"), type: "access" },
        brand,
      );
      expect(access.text).toMatch(locale === "en" ? /Article 18\(2\)/ : /article 18, alinéa 2/);
    },
  );
});

describe("appeal link in the refusal mail (US state laws)", () => {
  it.each(LOCALES)("%s: a Virginia refusal carries the appeal link and the appeal provision", async (locale) => {
    const appealUrl = "https://privacy.example.com/en/status/tok#appeal";
    const mail = await renderMail(
      "refusal",
      locale,
      { ...sampleParams("refusal"), ...regimeParams("US-VA", "US_VA"), appealUrl },
      brand,
    );
    expect(mail.text).toContain(appealUrl);
    expect(mail.text).toMatch(locale === "en" ? /Appeal this decision/ : /Faire appel de cette décision/);
    expect(mail.text).toContain("§ 59.1-577(C)");
  });
});
