import type { RightKey, UsStateRecord } from "./types";

/** The rights most state laws grant (Virginia's model): access, correct, delete, portability, the opt-outs. */
export const VIRGINIA_MODEL: readonly RightKey[] = [
  "access",
  "rectification",
  "erasure",
  "portability",
  "opt_out_targeted_ads",
  "opt_out_sale",
  "opt_out_profiling",
  "appeal",
];

const SAME_SECTION_UNCONFIRMED = "section numbers and values taken from the Act's summary, not its text";

/** Virginia, Colorado, Connecticut, Utah, Iowa, Oregon, Texas (Montana and Delaware: laws-mid.ts). */
export const LAWS_A: readonly UsStateRecord[] = [
  {
    state: "VA",
    name: "Virginia",
    law: { title: "Virginia Consumer Data Protection Act", short: "VCDPA", code: "Va. Code § 59.1-575 et seq." },
    respondDays: { value: 45, cite: "Va. Code § 59.1-577(B)(1)" },
    extensionDays: { value: 45, cite: "Va. Code § 59.1-577(B)(1)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Va. Code § 59.1-577(B)(1)" },
      extensionDays: { value: 45, cite: "Va. Code § 59.1-577(B)(1)" },
      universalOptOut: { value: false, cite: "the VCDPA has no universal opt-out provision" },
    },
    appeal: {
      // § 59.1-577(C): "within a reasonable period of time after the consumer's receipt of the decision".
      windowDays: { value: null, cite: "Va. Code § 59.1-577(C)" },
      decideDays: { value: 60, cite: "Va. Code § 59.1-577(C)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Office of the Attorney General of Virginia, Consumer Protection Section",
        url: "https://www.oag.state.va.us/consumer-protection/index.php/file-a-complaint",
      },
      cite: "Va. Code § 59.1-577(C), § 59.1-584",
    },
    // § 59.1-577(A)(1)-(5), confirmed against the text (self-law.org copy of § 59.1-577).
    rights: { value: VIRGINIA_MODEL, cite: "Va. Code § 59.1-577(A)" },
    recordMonths: { value: null, cite: "VCDPA sets no record period" },
    // § 59.1-577(A) read (self-law.org); (B)(1)-(2) read in the deskbook copy (2 Dec 2026); (C) not found.
    unconfirmed: ["appeal.decideDays: § 59.1-577(C) text not found by the search"],
  },
  {
    state: "CO",
    name: "Colorado",
    law: { title: "Colorado Privacy Act", short: "CPA", code: "C.R.S. § 6-1-1301 et seq." },
    respondDays: { value: 45, cite: "C.R.S. § 6-1-1306(4)" },
    extensionDays: { value: 45, cite: "C.R.S. § 6-1-1306(4)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "C.R.S. § 6-1-1306(4)" },
      extensionDays: { value: 45, cite: "C.R.S. § 6-1-1306(4)" },
      universalOptOut: { value: true, cite: "C.R.S. § 6-1-1306(1)(a)(IV); 4 CCR 904-3, Part 5" },
    },
    appeal: {
      windowDays: { value: null, cite: "C.R.S. § 6-1-1306(3)(a)" },
      decideDays: { value: 45, cite: "C.R.S. § 6-1-1306(3)(b)" },
      decideExtensionDays: { value: 60, cite: "C.R.S. § 6-1-1306(3)(b)" },
      // "…inform the consumer of the consumer's ability to contact the attorney general if the consumer has
      // concerns about the result of the appeal": any result, not only a denial (Virginia's model).
      attorneyGeneralOnAnyResult: { value: true, cite: "C.R.S. § 6-1-1306(3)(c)" },
    },
    attorneyGeneral: {
      value: { name: "Colorado Attorney General", url: "https://coag.gov/file-complaint/" },
      cite: "C.R.S. § 6-1-1306(3)(c), § 6-1-1311",
    },
    // § 6-1-1306(1)(a)(I) opt-outs confirmed against the text (casetext copy of § 6-1-1306).
    rights: { value: VIRGINIA_MODEL, cite: "C.R.S. § 6-1-1306(1)(a)-(e), (3)" },
    recordMonths: { value: 24, cite: "4 CCR 904-3, Rule 6.11" },
    unconfirmed: ["respondDays", "extensionDays", "appeal", "recordMonths: " + SAME_SECTION_UNCONFIRMED],
  },
  {
    state: "CT",
    name: "Connecticut",
    law: { title: "Connecticut Data Privacy Act", short: "CTDPA", code: "Conn. Gen. Stat. § 42-515 et seq." },
    respondDays: { value: 45, cite: "Conn. Gen. Stat. § 42-518(c)(1)" },
    extensionDays: { value: 45, cite: "Conn. Gen. Stat. § 42-518(c)(1)" },
    // § 42-518(c)(1) read (deskbook copy, as enacted): 45 days, once 45 more; every request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Conn. Gen. Stat. § 42-518(c)(1)" },
      extensionDays: { value: 45, cite: "Conn. Gen. Stat. § 42-518(c)(1)" },
      universalOptOut: { value: true, cite: "Conn. Gen. Stat. § 42-520(e)(1)(A)(ii)" },
    },
    appeal: {
      windowDays: { value: null, cite: "Conn. Gen. Stat. § 42-518(d)" },
      decideDays: { value: 60, cite: "Conn. Gen. Stat. § 42-518(d)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Connecticut Office of the Attorney General",
        url: "https://portal.ct.gov/ag/common/complaint-form-landing-page",
      },
      cite: "Conn. Gen. Stat. § 42-518(d)",
    },
    // SB 1295 (PA 25-113), from 1 July 2026: the right to question (contest) profiling decisions.
    rights: { value: [...VIRGINIA_MODEL, "question_profiling"], cite: "Conn. Gen. Stat. § 42-518(a), PA 25-113" },
    recordMonths: { value: null, cite: "CTDPA sets no record period" },
    unconfirmed: [
      SAME_SECTION_UNCONFIRMED,
      "rights: question_profiling from summaries of Public Act 25-113 (SB 1295), the amended text not read",
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
  {
    state: "UT",
    name: "Utah",
    law: { title: "Utah Consumer Privacy Act", short: "UCPA", code: "Utah Code § 13-61-101 et seq." },
    respondDays: { value: 45, cite: "Utah Code § 13-61-203(2)(a)" },
    extensionDays: { value: 45, cite: "Utah Code § 13-61-203(2)(b)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Utah Code § 13-61-203(2)(a)" },
      extensionDays: { value: 45, cite: "Utah Code § 13-61-203(2)(b)" },
      universalOptOut: { value: false, cite: "the UCPA has no universal opt-out provision" },
    },
    // The UCPA grants no appeal.
    appeal: null,
    attorneyGeneral: {
      // § 13-61-401: the Division of Consumer Protection receives complaints and refers them to the AG.
      value: { name: "Utah Division of Consumer Protection", url: "https://dcp.utah.gov/complaints/" },
      cite: "Utah Code § 13-61-401, § 13-61-402",
    },
    // No profiling opt-out; deletion covers data the consumer provided. H.B. 418 (2025, in force 1 July 2026) added
    // correction, § 13-61-201(4), the opt-outs renumbered (5). The cite is shown on the French portal too: no words.
    rights: {
      value: [
        "access",
        "erasure",
        "rectification",
        "portability",
        "opt_out_targeted_ads",
        "opt_out_sale",
        "opt_out_sensitive",
      ],
      cite: "Utah Code § 13-61-201(1)-(5); § 13-61-302(3)",
    },
    recordMonths: { value: null, cite: "UCPA sets no record period" },
    // The 45 + 45 days read in § 13-61-203(2)(a)-(b)'s published text (FindLaw 2025, Counsel Stack 2026); (4): fees.
    unconfirmed: [SAME_SECTION_UNCONFIRMED],
  },
  {
    state: "IA",
    name: "Iowa",
    law: { title: "Iowa Consumer Data Protection Act", short: "ICDPA", code: "Iowa Code ch. 715D" },
    respondDays: { value: 90, cite: "Iowa Code § 715D.3(2)" },
    extensionDays: { value: 45, cite: "Iowa Code § 715D.3(2)" },
    optOut: {
      respondDays: { value: 90, cite: "Iowa Code § 715D.3(2)" },
      extensionDays: { value: 45, cite: "Iowa Code § 715D.3(2)" },
      universalOptOut: { value: false, cite: "the ICDPA has no universal opt-out provision" },
    },
    // Every request, opt-outs included. Read (deskbook, § 715D.3(3)): "Within sixty days of receipt of an appeal".
    appeal: {
      windowDays: { value: null, cite: "Iowa Code § 715D.3(3)" },
      decideDays: { value: 60, cite: "Iowa Code § 715D.3(3)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Iowa Attorney General, Consumer Protection Division",
        url: "https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint",
      },
      cite: "Iowa Code § 715D.3(3), § 715D.8",
    },
    // No right to correct or profiling opt-out (JD Supra, Bloomberg Law); § 715D.4(2) read (deskbook p. 217).
    rights: {
      value: [
        "access",
        "erasure",
        "portability",
        "opt_out_sale",
        "opt_out_targeted_ads",
        "opt_out_sensitive",
        "appeal",
      ],
      cite: "Iowa Code § 715D.3(1); § 715D.4(2)",
    },
    recordMonths: { value: null, cite: "ICDPA sets no record period" },
    unconfirmed: ["respondDays, extensionDays: § 715D.3(2) (between (1) and (3)) not read; 90 + 45 from summaries"],
  },
  {
    state: "OR",
    name: "Oregon",
    law: { title: "Oregon Consumer Privacy Act", short: "OCPA", code: "ORS 646A.570 et seq." },
    respondDays: { value: 45, cite: "ORS 646A.576(5)(a)" },
    extensionDays: { value: 45, cite: "ORS 646A.576(5)(a)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "ORS 646A.576(5)(a)" },
      extensionDays: { value: 45, cite: "ORS 646A.576(5)(a)" },
      // ORS 646A.578(5)(c): the request methods must take an opt-out signal; (1)(b) is the collection limit.
      universalOptOut: { value: true, cite: "ORS 646A.578(5)(c)" },
    },
    appeal: {
      windowDays: { value: null, cite: "ORS 646A.576(6)(a)" },
      decideDays: { value: 45, cite: "ORS 646A.576(6)(d)" },
      // (6)(d) read (deskbook): "approve or deny the appeal within 45 days after ... received the appeal"; no extension.
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: { name: "Oregon Department of Justice", url: "https://justice.oregon.gov/consumercomplaints/" },
      cite: "ORS 646A.576(6)(d), 646A.589",
    },
    // ORS 646A.574(1)(a)(B): a list of the specific third parties to which the controller disclosed data.
    rights: { value: [...VIRGINIA_MODEL, "third_party_list"], cite: "ORS 646A.574(1)" },
    recordMonths: { value: null, cite: "OCPA sets no record period" },
    unconfirmed: [SAME_SECTION_UNCONFIRMED],
  },
  {
    state: "TX",
    name: "Texas",
    law: { title: "Texas Data Privacy and Security Act", short: "TDPSA", code: "Tex. Bus. & Com. Code ch. 541" },
    respondDays: { value: 45, cite: "Tex. Bus. & Com. Code § 541.052(b)" },
    extensionDays: { value: 45, cite: "Tex. Bus. & Com. Code § 541.052(b)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Tex. Bus. & Com. Code § 541.052(b)" },
      extensionDays: { value: 45, cite: "Tex. Bus. & Com. Code § 541.052(b)" },
      universalOptOut: { value: true, cite: "Tex. Bus. & Com. Code § 541.055(e)" },
    },
    appeal: {
      windowDays: { value: null, cite: "Tex. Bus. & Com. Code § 541.053(a)" },
      decideDays: { value: 60, cite: "Tex. Bus. & Com. Code § 541.053(b)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Office of the Attorney General of Texas",
        url: "https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint",
      },
      cite: "Tex. Bus. & Com. Code § 541.053(c)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "Tex. Bus. & Com. Code § 541.051(b)" },
    recordMonths: { value: null, cite: "TDPSA sets no record period" },
    unconfirmed: [SAME_SECTION_UNCONFIRMED],
  },
];
