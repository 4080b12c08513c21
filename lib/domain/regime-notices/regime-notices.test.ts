import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/locale";
import { leaks, missing, RESIDENCES } from "@/scripts/test-support/regime-markers";
import { regimeNotices } from "./index";

const CNIL = {
  name: "Commission nationale de l'informatique et des libertés (CNIL)",
  url: "https://www.cnil.fr/fr/plaintes",
};

/** Every sentence of a regime's notices, as the status page may show them all at once. */
function allText(n: ReturnType<typeof regimeNotices>): string {
  return Object.values(n)
    .flatMap((v) => (v === null || typeof v === "boolean" ? [] : typeof v === "string" ? [v] : Object.values(v)))
    .join("\n");
}

describe("regime notices: every sentence in the requester's own law only", () => {
  it.each(RESIDENCES.flatMap((r) => LOCALES.map((locale) => ({ ...r, locale }))))(
    "$residence ($regime), $locale",
    ({ residence, regime, locale }) => {
      const n = regimeNotices(regime, locale, { lead: CNIL, residence });
      const text = allText(n);
      expect(leaks(regime, text)).toEqual([]);
      expect(missing(regime, locale, text)).toEqual([]);
      for (const [key, value] of Object.entries(n))
        if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    },
  );

  it("states the duties only where the law has them", () => {
    for (const locale of LOCALES) {
      const by = (regime: Parameters<typeof regimeNotices>[0]) => regimeNotices(regime, locale, { lead: CNIL });
      expect(by("PIPEDA").silence).toMatch(/8\(5\)/);
      // QA F19: past the time limit, PIPEDA's deemed refusal (s. 8(5)) and the complaint it opens (s. 11); no other law.
      expect(by("PIPEDA").deemedRefused).toMatch(/8\(5\)[^]*(section|article) 11/);
      expect(by("GDPR").deemedRefused).toBeUndefined();
      expect(by("LGPD").deemedRefused).toBeUndefined();
      expect(by("UK_GDPR").controllerComplaint).toMatch(/164A/);
      expect(by("UK_GDPR").clock.stopped).toMatch(/12A/);
      // Art. 12A: the day the details are asked for and the day they arrive are both left out of the month.
      expect(by("UK_GDPR").clock.stopped).toMatch(
        locale === "fr"
          ? /ni le jour où nous vous les demandons ni celui où nous les recevons/
          : /neither the day we ask nor the day we receive them counts/,
      );
      // OPDo art. 18 (read in the ordinance): al. 2, tell the person by when (the new date, as regimes.ts cites
      // it); al. 3, a refusal, restriction or deferral within the same 30 days.
      const swiss = by("NFADP");
      expect(swiss.newDateProvision).toMatch(/18\(2\)|18, alinéa 2/);
      expect(swiss.extensionGrounds).toMatch(/18\(2\)|18, alinéa 2/);
      expect(swiss.refusalRights).toMatch(/18\(3\)|18, alinéa 3/);
      for (const other of ["GDPR", "CCPA", "LGPD", "NFADP"] as const) expect(by(other).silence).toBeNull();
      for (const other of ["GDPR", "CCPA", "LGPD", "PIPEDA", "NFADP"] as const)
        expect(by(other).controllerComplaint).toBeNull();
      expect(by("LGPD").extensionLength).toBeNull();
    }
  });

  it("names the resident's own member-state authority once, and not the lead one twice", () => {
    const de = regimeNotices("GDPR", "en", { lead: CNIL, residence: "DE" }).complaint.join("\n");
    expect(de).toContain("cnil.fr");
    expect(de).toContain("datenschutzkonferenz-online.de");
    const fr = regimeNotices("GDPR", "en", { lead: CNIL, residence: "FR" }).complaint.join("\n");
    expect(fr.match(/cnil\.fr/g)).toHaveLength(1);
    const es = regimeNotices("GDPR", "fr", { lead: CNIL, residence: "ES" }).complaint.join("\n");
    expect(es).toContain("aepd.es");
  });
});

describe("the lead authority's name, configured, in a French sentence (QA F8)", () => {
  it("is set in apposition, so a name without its article (CNIL, APD) still reads right", () => {
    const n = regimeNotices("GDPR", "fr", { lead: { name: "CNIL", url: "https://www.cnil.fr" }, residence: "FR" });
    expect(n.complaint[0]).toContain("notamment notre autorité chef de file, CNIL (https://www.cnil.fr).");
    expect(n.complaint.join(" ")).not.toMatch(/est CNIL/);
  });
});
