import type { RegimeCode } from "@/lib/domain/deadline/regimes";

export type RecipientNoticeAction = "erasure" | "rectification" | "restriction";

/**
 * Under which provision of the requester's own law the controller tells a recipient (a processor, service
 * provider or another controller) about an erasure, a correction or a restriction: the notice is sent for every
 * regime, and a GDPR article in a Californian's or a Brazilian's notice cites a law that does not apply to them.
 * English: the notice is addressed to a company. Null: that law sets no such duty for that change (or none we
 * could confirm); the notice then names no provision.
 */
export interface RecipientNoticeBasis {
  /** "Article 19 of the GDPR": the duty to tell this recipient of the change. */
  provision: string | null;
  /** Restriction: the provision defining it (keep storing, do not otherwise process). */
  restrictionMeaning: string | null;
}

const NONE: RecipientNoticeBasis = { provision: null, restrictionMeaning: null };

export function recipientNoticeBasis(regime: RegimeCode, action: RecipientNoticeAction): RecipientNoticeBasis {
  switch (regime) {
    case "GDPR":
      // Art. 19 GDPR: each recipient to whom the data was disclosed, of any rectification, erasure or restriction.
      return { provision: "Article 19 of the GDPR", restrictionMeaning: "Article 18 of the GDPR" };
    case "UK_GDPR":
      return { provision: "Article 19 of the UK GDPR", restrictionMeaning: "Article 18 of the UK GDPR" };
    case "CCPA":
      // Cal. Civ. Code § 1798.105(c)(1): on a request to delete, "notify any service providers or contractors to
      // delete" and the third parties to whom the data was sold or shared. Cal. Code Regs., tit. 11, § 7023(c): on
      // a request to correct, "instruct all service providers and contractors that maintain the personal
      // information at issue ... to make the necessary corrections". The CCPA has no right to restriction.
      if (action === "erasure")
        return {
          provision: "Cal. Civ. Code § 1798.105(c)(1) (California Consumer Privacy Act)",
          restrictionMeaning: null,
        };
      if (action === "rectification")
        return {
          provision: "Cal. Code Regs., tit. 11, § 7023(c) (California Consumer Privacy Act regulations)",
          restrictionMeaning: null,
        };
      return NONE;
    case "LGPD":
      // LGPD art. 18, § 6: inform at once the agents with whom the data was shared of the correction, deletion,
      // anonymisation or blocking, so that they do the same (blocking is the restriction here).
      return { provision: "Article 18, § 6, of Brazil's LGPD (Law No. 13,709/2018)", restrictionMeaning: null };
    case "PIPEDA":
      // PIPEDA Schedule 1, principle 4.9.5: amended information (correction, deletion or addition) "shall be
      // transmitted to third parties having access to the information in question". No right to restriction.
      if (action === "restriction") return NONE;
      return { provision: "Principle 4.9.5 of Schedule 1 to Canada's PIPEDA", restrictionMeaning: null };
    default:
      // nFADP and the US state laws: no duty to pass the change on to recipients was found in their text; the
      // notice still goes (a processor acts on the controller's instructions) but names no provision.
      return NONE;
  }
}
