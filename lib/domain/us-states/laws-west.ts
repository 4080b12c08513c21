import { VIRGINIA_MODEL } from "./laws-east";
import type { UsStateRecord } from "./types";

const UNCONFIRMED = "section numbers and values taken from the Act's summary, not its text";

/** New Hampshire, New Jersey, Tennessee, Minnesota, Maryland, Indiana, Kentucky, Rhode Island, Nebraska. */
export const LAWS_B: readonly UsStateRecord[] = [
  {
    state: "NH",
    name: "New Hampshire",
    law: { title: "New Hampshire Privacy Act", short: "NHPA", code: "RSA 507-H" },
    respondDays: { value: 45, cite: "RSA 507-H:4, III" },
    extensionDays: { value: 45, cite: "RSA 507-H:4, III" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "RSA 507-H:4, III" },
      extensionDays: { value: 45, cite: "RSA 507-H:4, III" },
      universalOptOut: { value: true, cite: "RSA 507-H:6, I(a)(2)" },
    },
    appeal: {
      windowDays: { value: null, cite: "RSA 507-H:4, V" },
      decideDays: { value: 60, cite: "RSA 507-H:4, V" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "New Hampshire Department of Justice, Consumer Protection and Antitrust Bureau",
        url: "https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau/consumer-complaints",
      },
      cite: "RSA 507-H:4, V",
    },
    rights: { value: VIRGINIA_MODEL, cite: "RSA 507-H:4, I" },
    recordMonths: { value: null, cite: "RSA 507-H sets no record period" },
    unconfirmed: [
      UNCONFIRMED,
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
  {
    state: "NJ",
    name: "New Jersey",
    law: { title: "New Jersey Data Privacy Act", short: "NJDPA", code: "N.J.S.A. 56:8-166.4 et seq." },
    // N.J.S.A. 56:8-166.7(a), read in the text (casetext; the "GDPR and US States" deskbook): "within 45 days of the
    // controller's receipt of the request ... may extend the response period by 45 additional days"; (c): a refusal
    // within the same 45 days with instructions to appeal. § 56:8-166.10 is the consumer's rights, not the period.
    respondDays: { value: 45, cite: "N.J.S.A. 56:8-166.7(a)" },
    extensionDays: { value: 45, cite: "N.J.S.A. 56:8-166.7(a)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "N.J.S.A. 56:8-166.7(a)" },
      extensionDays: { value: 45, cite: "N.J.S.A. 56:8-166.7(a)" },
      universalOptOut: { value: true, cite: "N.J.S.A. 56:8-166.11(a)(2)" },
    },
    appeal: {
      windowDays: { value: null, cite: "N.J.S.A. 56:8-166.10(d)" },
      decideDays: { value: 45, cite: "N.J.S.A. 56:8-166.10(d)" },
      decideExtensionDays: { value: 45, cite: "N.J.S.A. 56:8-166.10(d)" },
    },
    attorneyGeneral: {
      value: {
        name: "New Jersey Division of Consumer Affairs",
        url: "https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx",
      },
      cite: "N.J.S.A. 56:8-166.10(d)",
    },
    // § 56:8-166.10(a)(1)-(5) read in the text (lexace, self-law and deskbook copies).
    rights: { value: VIRGINIA_MODEL, cite: "N.J.S.A. 56:8-166.10(a)" },
    recordMonths: { value: null, cite: "NJDPA sets no record period" },
    unconfirmed: [
      "appeal: the appeal subsection's number and text not read (45 + 45 here; 60 in other summaries)",
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
  {
    state: "TN",
    name: "Tennessee",
    law: { title: "Tennessee Information Protection Act", short: "TIPA", code: "Tenn. Code Ann. § 47-18-3301 et seq." },
    respondDays: { value: 45, cite: "Tenn. Code Ann. § 47-18-3304(b)(1)" },
    extensionDays: { value: 45, cite: "Tenn. Code Ann. § 47-18-3304(b)(1)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Tenn. Code Ann. § 47-18-3304(b)(1)" },
      extensionDays: { value: 45, cite: "Tenn. Code Ann. § 47-18-3304(b)(1)" },
      universalOptOut: { value: false, cite: "TIPA has no universal opt-out provision" },
    },
    appeal: {
      windowDays: { value: null, cite: "Tenn. Code Ann. § 47-18-3304(c)" },
      decideDays: { value: 60, cite: "Tenn. Code Ann. § 47-18-3304(c)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Tennessee Attorney General, Division of Consumer Affairs",
        url: "https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs/file-a-complaint.html",
      },
      cite: "Tenn. Code Ann. § 47-18-3304(c)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "Tenn. Code Ann. § 47-18-3304(a)(2)" },
    recordMonths: { value: null, cite: "TIPA sets no record period" },
    // § 47-18-3304(a)(2) (rights) and (b)(1) (45 + 45 days) read in the statute text (casetext, deskbook copy);
    // § 47-18-3303 is another section. The appeal's subsection letter (c): a compliance mapping (SCF PRI-06.3)
    // cites the bill's § 47-18-3203(c), codified as § 47-18-3304(c); the text of (c) was not found (30 Nov 2026).
    unconfirmed: ["appeal: the text of § 47-18-3304(c) (a reasonable period to appeal, 60 days to decide) not read"],
  },
  {
    state: "MN",
    name: "Minnesota",
    law: { title: "Minnesota Consumer Data Privacy Act", short: "MCDPA", code: "Minn. Stat. ch. 325M" },
    // Subd. 4: its (h)-(k) ("In response to a consumer request under subdivision 1") precede subd. 5 (deskbook p. 287).
    respondDays: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 4" },
    extensionDays: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 4" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 4" },
      extensionDays: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 4" },
      universalOptOut: { value: true, cite: "Minn. Stat. § 325M.14, subd. 3" },
    },
    // Read (deskbook p. 287): "Subd. 5. Appeal process required. (a) A controller must establish an internal process".
    appeal: {
      windowDays: { value: null, cite: "Minn. Stat. § 325M.14, subd. 5" },
      decideDays: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 5" },
      decideExtensionDays: { value: 60, cite: "Minn. Stat. § 325M.14, subd. 5" },
    },
    attorneyGeneral: {
      value: {
        name: "Minnesota Attorney General's Office",
        url: "https://www.ag.state.mn.us/Office/Complaint.asp",
      },
      cite: "Minn. Stat. § 325M.14, subd. 5",
    },
    // Subd. 1(b)-(g) read (revisor.mn.gov): access, correct, delete, portability (e), opt-outs (f), question profiling
    // (g); (h) "A consumer has a right to obtain a list of" (deskbook p. 285) specific third parties (secondary sources).
    rights: {
      value: [...VIRGINIA_MODEL, "question_profiling", "third_party_list"],
      cite: "Minn. Stat. § 325M.14, subd. 1",
    },
    recordMonths: { value: null, cite: "MCDPA sets no record period" },
    unconfirmed: [
      "respondDays, extensionDays, appeal: the 45 + 45 of subd. 4 and 45 + 60 of subd. 5 not read (summaries)",
      "optOut.universalOptOut: subd. 3 (not 1(e), portability) from a compilation quoting revisor.mn.gov, not read",
    ],
  },
  {
    state: "MD",
    name: "Maryland",
    // Codified as Com. Law §§ 14-4701 to 14-4714 (SB 541 / HB 567 of 2024 enacted them as 14-4601 ff.; casetext
    // still shows 14-4605): lexace's copy of § 14-4705 has the same rights text and refers to "§ 14-4706 of this subtitle".
    law: { title: "Maryland Online Data Privacy Act", short: "MODPA", code: "Md. Code, Com. Law § 14-4701 et seq." },
    respondDays: { value: 45, cite: "Md. Code, Com. Law § 14-4705" },
    extensionDays: { value: 45, cite: "Md. Code, Com. Law § 14-4705" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Md. Code, Com. Law § 14-4705" },
      extensionDays: { value: 45, cite: "Md. Code, Com. Law § 14-4705" },
      universalOptOut: { value: true, cite: "Md. Code, Com. Law § 14-4707" },
    },
    appeal: {
      windowDays: { value: null, cite: "Md. Code, Com. Law § 14-4705" },
      decideDays: { value: 60, cite: "Md. Code, Com. Law § 14-4705" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Maryland Attorney General, Consumer Protection Division",
        url: "https://www.marylandattorneygeneral.gov/Pages/CPD/complaint.aspx",
      },
      cite: "Md. Code, Com. Law § 14-4705",
    },
    // Read (lexace, § 14-4705(b)): (6) "Obtain a list of the categories of third parties"; (c) is the request method.
    rights: { value: [...VIRGINIA_MODEL, "third_party_list"], cite: "Md. Code, Com. Law § 14-4705(b)" },
    recordMonths: { value: null, cite: "MODPA sets no record period" },
    unconfirmed: [
      "respondDays, extensionDays, appeal: the subsections of § 14-4705 after (d) not read (45 + 45, 60 from summaries)",
      "optOut.universalOptOut: § 14-4707 (duties of controller) from the renumbering; the subsection not read",
    ],
  },
  {
    state: "IN",
    name: "Indiana",
    law: { title: "Indiana Consumer Data Protection Act", short: "ICDPA", code: "Ind. Code art. 24-15" },
    respondDays: { value: 45, cite: "Ind. Code § 24-15-3-1(c)" },
    extensionDays: { value: 45, cite: "Ind. Code § 24-15-3-1(c)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Ind. Code § 24-15-3-1(c)" },
      extensionDays: { value: 45, cite: "Ind. Code § 24-15-3-1(c)" },
      universalOptOut: { value: false, cite: "the ICDPA has no universal opt-out provision" },
    },
    appeal: {
      windowDays: { value: null, cite: "Ind. Code § 24-15-3-1(d)" },
      decideDays: { value: 60, cite: "Ind. Code § 24-15-3-1(d)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Indiana Attorney General, Consumer Protection Division",
        url: "https://www.in.gov/attorneygeneral/consumer-protection-division/file-a-complaint/",
      },
      cite: "Ind. Code § 24-15-3-1(d)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "Ind. Code § 24-15-3-1(b)" },
    recordMonths: { value: null, cite: "the Act sets no record period" },
    unconfirmed: [UNCONFIRMED],
  },
  {
    state: "KY",
    name: "Kentucky",
    law: { title: "Kentucky Consumer Data Protection Act", short: "KCDPA", code: "KRS 367.3611 et seq." },
    respondDays: { value: 45, cite: "KRS 367.3615(3)(a)" },
    extensionDays: { value: 45, cite: "KRS 367.3615(3)(a)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "KRS 367.3615(3)(a)" },
      extensionDays: { value: 45, cite: "KRS 367.3615(3)(a)" },
      universalOptOut: { value: false, cite: "the KCDPA has no universal opt-out provision" },
    },
    // § 367.3615(4) read (deskbook): "Within sixty (60) days of receipt of an appeal"; appeals "subsection (3)(b)".
    appeal: {
      windowDays: { value: null, cite: "KRS 367.3615(4)" },
      decideDays: { value: 60, cite: "KRS 367.3615(4)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Kentucky Attorney General, Office of Consumer Protection",
        url: "https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx",
      },
      cite: "KRS 367.3615(4)",
    },
    // Read (self-law.org, § 367.3615(2)(a)-(e)): confirm and access, correct, delete, copy, the three opt-outs.
    rights: { value: VIRGINIA_MODEL, cite: "KRS 367.3615(2)" },
    recordMonths: { value: null, cite: "KCDPA sets no record period" },
    unconfirmed: ["respondDays, extensionDays: the text of § 367.3615(3)(a) not read (45 + 45 from summaries)"],
  },
  {
    state: "RI",
    name: "Rhode Island",
    law: {
      title: "Rhode Island Data Transparency and Privacy Protection Act",
      short: "RIDTPPA",
      code: "R.I. Gen. Laws § 6-48.1-1 et seq.",
    },
    // § 6-48.1-6(b)(1) read (rilin.state.ri.us): "not later than forty-five (45) days ... forty-five (45) additional days".
    respondDays: { value: 45, cite: "R.I. Gen. Laws § 6-48.1-6(b)(1)" },
    extensionDays: { value: 45, cite: "R.I. Gen. Laws § 6-48.1-6(b)(1)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "R.I. Gen. Laws § 6-48.1-6(b)(1)" },
      extensionDays: { value: 45, cite: "R.I. Gen. Laws § 6-48.1-6(b)(1)" },
      universalOptOut: { value: false, cite: "the Act has no universal opt-out provision" },
    },
    appeal: {
      windowDays: { value: null, cite: "R.I. Gen. Laws § 6-48.1-5(f)" },
      decideDays: { value: 60, cite: "R.I. Gen. Laws § 6-48.1-5(f)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Rhode Island Attorney General",
        url: "https://riag.ri.gov/about-our-office/divisions-and-units/civil-division/public-protection/consumer-protection",
      },
      cite: "R.I. Gen. Laws § 6-48.1-5(f)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "R.I. Gen. Laws § 6-48.1-5(a)" },
    recordMonths: { value: null, cite: "the Act sets no record period" },
    unconfirmed: [UNCONFIRMED],
  },
  {
    state: "NE",
    name: "Nebraska",
    law: { title: "Nebraska Data Privacy Act", short: "NDPA", code: "Neb. Rev. Stat. § 87-1101 et seq." },
    // § 87-1108(2) read (FindLaw); § 87-1109(1), (3), (4) read as § 9 of LB 1074 (deskbook): "not later than the sixtieth day".
    respondDays: { value: 45, cite: "Neb. Rev. Stat. § 87-1108(2)" },
    extensionDays: { value: 45, cite: "Neb. Rev. Stat. § 87-1108(2)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Neb. Rev. Stat. § 87-1108(2)" },
      extensionDays: { value: 45, cite: "Neb. Rev. Stat. § 87-1108(2)" },
      universalOptOut: { value: true, cite: "Neb. Rev. Stat. § 87-1110(1)(b)" },
    },
    appeal: {
      windowDays: { value: null, cite: "Neb. Rev. Stat. § 87-1109(1)" },
      decideDays: { value: 60, cite: "Neb. Rev. Stat. § 87-1109(3)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Nebraska Attorney General, Consumer Protection Division",
        url: "https://protectthegoodlife.nebraska.gov/file-consumer-complaint",
      },
      cite: "Neb. Rev. Stat. § 87-1109(4)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "Neb. Rev. Stat. § 87-1107" },
    recordMonths: { value: null, cite: "NDPA sets no record period" },
    unconfirmed: [
      UNCONFIRMED,
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
];
