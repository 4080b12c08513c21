import type { UsStateCode } from "./types";

/** The opt-outs a state law grants, each a request type of its own (lib/domain/vocabulary.ts). */
export const STATE_OPT_OUT_KINDS = [
  "opt_out_sale",
  "opt_out_targeted_ads",
  "opt_out_profiling",
  "opt_out_sensitive",
] as const;
export type StateOptOutKind = (typeof STATE_OPT_OUT_KINDS)[number];

export interface StateOptOuts {
  /** The section granting each opt-out the state's law gives; a kind absent here is not granted. */
  kinds: Partial<Record<StateOptOutKind, string>>;
  /** The opt-outs a universal opt-out signal (GPC) must be honoured for, where the law obliges it at all. */
  universalSignalCovers: readonly StateOptOutKind[];
  /** Cites not read in the statute text itself (issue 13 asks for the list). */
  unconfirmed: readonly string[];
}

// Most laws (Virginia's model) let a universal signal carry the opt-outs of targeted advertising and sale
// only (e.g. C.R.S. § 6-1-1306(1)(a)(IV)(A), Tex. Bus. & Com. Code § 541.055(e) "Sections 541.051(b)(5)(A)
// and (B)"); profiling and sensitive data are asked for one by one.
const SIGNAL: readonly StateOptOutKind[] = ["opt_out_targeted_ads", "opt_out_sale"];
const SUMMARY = "paragraph letters taken from summaries of the Act, not its text";

function threeOptOuts(ads: string, sale: string, profiling: string, unconfirmed: readonly string[] = []): StateOptOuts {
  return {
    kinds: { opt_out_targeted_ads: ads, opt_out_sale: sale, opt_out_profiling: profiling },
    universalSignalCovers: SIGNAL,
    unconfirmed,
  };
}

/**
 * Each state's opt-outs with the section beside each. Read in the statute text (self-law.org, casetext,
 * lexace, FindLaw, instalawyer, lawserver, revisor.mn.gov copies, searched 30 Nov 2026): VA, CO, CT, OR, TX, TN,
 * UT, IA, MN, MT, DE, IN, NE, MD, KY (some only in part: see each `unconfirmed`). The others: see `unconfirmed`.
 * Iowa grants no opt-out of targeted advertising or profiling (§ 715D.3(1) lists sale only); Utah none of
 * profiling. Sensitive data: Utah and Iowa let a controller process it after notice and an opportunity to
 * opt out; every other state here asks opt-in consent, so there is nothing to opt out of.
 */
export const US_STATE_OPT_OUTS: Readonly<Record<UsStateCode, StateOptOuts>> = {
  VA: threeOptOuts("Va. Code § 59.1-577(A)(5)(i)", "Va. Code § 59.1-577(A)(5)(ii)", "Va. Code § 59.1-577(A)(5)(iii)"),
  CO: threeOptOuts("C.R.S. § 6-1-1306(1)(a)(I)(A)", "C.R.S. § 6-1-1306(1)(a)(I)(B)", "C.R.S. § 6-1-1306(1)(a)(I)(C)"),
  // § 42-518(a)(5) read (instalawyer copy, as in force 1 July 2023: "solely automated decisions"); SB 1295
  // (from 1 July 2026) drops "solely", so profiling with a human in the loop is covered too (secondary sources).
  CT: threeOptOuts(
    "Conn. Gen. Stat. § 42-518(a)(5)(A)",
    "Conn. Gen. Stat. § 42-518(a)(5)(B)",
    "Conn. Gen. Stat. § 42-518(a)(5)(C)",
    ["opt_out_profiling: the text as amended from 1 July 2026 (SB 1295) not read"],
  ),
  UT: {
    // § 13-61-201 as amended from 1 July 2026 (the right to correct became (4), the opt-outs (5)).
    kinds: {
      opt_out_targeted_ads: "Utah Code § 13-61-201(5)(a)",
      opt_out_sale: "Utah Code § 13-61-201(5)(b)",
      opt_out_sensitive: "Utah Code § 13-61-302(3)(a)",
    },
    universalSignalCovers: SIGNAL,
    unconfirmed: [
      "opt_out_sensitive: only the opening of § 13-61-302(3) was read; its paragraph (a) is from summaries",
    ],
  },
  // Targeted advertising: § 715D.3(1) grants no such right, but § 715D.4(6) makes a controller that engages in it
  // disclose "the manner in which a consumer may exercise the right to opt out of such activity" (commentators
  // split): offered, the reading that never leaves an Iowan without the opt-out the notice must describe.
  IA: {
    kinds: {
      opt_out_sale: "Iowa Code § 715D.3(1)(d)",
      opt_out_targeted_ads: "Iowa Code § 715D.4(6)",
      opt_out_sensitive: "Iowa Code § 715D.4(2)",
    },
    universalSignalCovers: SIGNAL,
    unconfirmed: [
      "opt_out_sale: the paragraph letter (d) is from a checklist, not the text",
      "opt_out_targeted_ads: § 715D.4(6)'s wording from commentary (FPF, NAI), the subsection not read",
    ],
  },
  OR: threeOptOuts("ORS 646A.574(1)(d)(A)", "ORS 646A.574(1)(d)(B)", "ORS 646A.574(1)(d)(C)"),
  TX: threeOptOuts(
    "Tex. Bus. & Com. Code § 541.051(b)(5)(A)",
    "Tex. Bus. & Com. Code § 541.051(b)(5)(B)",
    "Tex. Bus. & Com. Code § 541.051(b)(5)(C)",
  ),
  // § 30-14-2809(1) refers to "the purposes specified in 30-14-2808(1)(e)" (lawserver copy); (1)(a)-(c) read.
  MT: threeOptOuts(
    "Mont. Code Ann. § 30-14-2808(1)(e)(i)",
    "Mont. Code Ann. § 30-14-2808(1)(e)(ii)",
    "Mont. Code Ann. § 30-14-2808(1)(e)(iii)",
    ["the numbering (i)-(iii) inside (1)(e) not read"],
  ),
  // § 12D-104(b) refers to the opt-outs as "paragraph (a)(5) of this section" (deskbook copy of the text).
  DE: threeOptOuts("6 Del. C. § 12D-104(a)(5)", "6 Del. C. § 12D-104(a)(5)", "6 Del. C. § 12D-104(a)(5)", [
    "the lettering inside (a)(5) not read",
  ]),
  NH: threeOptOuts("RSA 507-H:4, I(e)", "RSA 507-H:4, I(e)", "RSA 507-H:4, I(e)", [SUMMARY]),
  // § 56:8-166.10(a)(5)(a)-(c) read in the text (lexace, self-law and deskbook copies).
  NJ: threeOptOuts("N.J.S.A. 56:8-166.10(a)(5)(a)", "N.J.S.A. 56:8-166.10(a)(5)(b)", "N.J.S.A. 56:8-166.10(a)(5)(c)"),
  // § 47-18-3304(a)(2)(E), read in the statute text (casetext copy).
  TN: threeOptOuts(
    "Tenn. Code Ann. § 47-18-3304(a)(2)(E)(ii)",
    "Tenn. Code Ann. § 47-18-3304(a)(2)(E)(i)",
    "Tenn. Code Ann. § 47-18-3304(a)(2)(E)(iii)",
  ),
  // Subd. 1(f) read (revisor.mn.gov): "profiling in furtherance of automated decisions".
  MN: threeOptOuts(
    "Minn. Stat. § 325M.14, subd. 1(f)",
    "Minn. Stat. § 325M.14, subd. 1(f)",
    "Minn. Stat. § 325M.14, subd. 1(f)",
  ),
  // Read (lexace, § 14-4705(b)(7)): "(i) Targeted advertising; (ii) The sale of personal data; or (iii) Profiling in
  // furtherance of solely automated decisions"; (b)(6) is the list of third parties; 14-4605 was the bill's numbering.
  MD: threeOptOuts(
    "Md. Code, Com. Law § 14-4705(b)(7)(i)",
    "Md. Code, Com. Law § 14-4705(b)(7)(ii)",
    "Md. Code, Com. Law § 14-4705(b)(7)(iii)",
  ),
  // (b)(5) read (lawserver copy; IC 24-15-4-1(4)(B) refers to "IC 24-15-3-1(b)(5)"); (B)-(C) inferred from (A).
  IN: threeOptOuts(
    "Ind. Code § 24-15-3-1(b)(5)(A)",
    "Ind. Code § 24-15-3-1(b)(5)(B)",
    "Ind. Code § 24-15-3-1(b)(5)(C)",
    ["opt_out_sale, opt_out_profiling: the letters (B) and (C) not read"],
  ),
  // Read (self-law.org): (2)(e) "Opt out of the processing of personal data for purposes of targeted advertising, the
  // sale of personal data, or profiling"; one paragraph, no lettering inside.
  KY: threeOptOuts("KRS 367.3615(2)(e)", "KRS 367.3615(2)(e)", "KRS 367.3615(2)(e)"),
  RI: threeOptOuts("R.I. Gen. Laws § 6-48.1-5(a)", "R.I. Gen. Laws § 6-48.1-5(a)", "R.I. Gen. Laws § 6-48.1-5(a)", [
    SUMMARY,
  ]),
  // The Act's authorized-agent section names the opt-outs of targeted advertising and sale "(2)(e)(i) and (ii) of
  // section 7" (§ 87-1107), as in Texas's model; (iii), profiling, from summaries.
  NE: threeOptOuts(
    "Neb. Rev. Stat. § 87-1107(2)(e)(i)",
    "Neb. Rev. Stat. § 87-1107(2)(e)(ii)",
    "Neb. Rev. Stat. § 87-1107(2)(e)(iii)",
    ["opt_out_profiling: (2)(e)(iii) not read"],
  ),
};
