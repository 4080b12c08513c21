import { VIRGINIA_MODEL } from "./laws-east";
import type { UsStateRecord } from "./types";

const SAME_SECTION_UNCONFIRMED = "section numbers and values taken from the Act's summary, not its text";

/** Montana, Delaware. */
export const LAWS_C: readonly UsStateRecord[] = [
  {
    state: "MT",
    name: "Montana",
    law: { title: "Montana Consumer Data Privacy Act", short: "MCDPA", code: "Mont. Code Ann. § 30-14-2801 et seq." },
    respondDays: { value: 45, cite: "Mont. Code Ann. § 30-14-2808(5)" },
    extensionDays: { value: 45, cite: "Mont. Code Ann. § 30-14-2808(5)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "Mont. Code Ann. § 30-14-2808(5)" },
      extensionDays: { value: 45, cite: "Mont. Code Ann. § 30-14-2808(5)" },
      universalOptOut: { value: true, cite: "Mont. Code Ann. § 30-14-2808(1)(e)" },
    },
    appeal: {
      windowDays: { value: null, cite: "Mont. Code Ann. § 30-14-2808(6)" },
      decideDays: { value: 60, cite: "Mont. Code Ann. § 30-14-2808(6)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Montana Department of Justice, Office of Consumer Protection",
        url: "https://dojmt.gov/consumer/consumer-complaints/",
      },
      cite: "Mont. Code Ann. § 30-14-2808(6)",
    },
    rights: { value: VIRGINIA_MODEL, cite: "Mont. Code Ann. § 30-14-2808(1)" },
    recordMonths: { value: null, cite: "MCDPA sets no record period" },
    unconfirmed: [
      SAME_SECTION_UNCONFIRMED,
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
  {
    state: "DE",
    name: "Delaware",
    law: { title: "Delaware Personal Data Privacy Act", short: "DPDPA", code: "6 Del. C. § 12D-101 et seq." },
    respondDays: { value: 45, cite: "6 Del. C. § 12D-104(c)(1)" },
    extensionDays: { value: 45, cite: "6 Del. C. § 12D-104(c)(1)" },
    // The response period covers every consumer request, opt-outs included.
    optOut: {
      respondDays: { value: 45, cite: "6 Del. C. § 12D-104(c)(1)" },
      extensionDays: { value: 45, cite: "6 Del. C. § 12D-104(c)(1)" },
      universalOptOut: { value: true, cite: "6 Del. C. § 12D-106(e)(1)" },
    },
    appeal: {
      windowDays: { value: null, cite: "6 Del. C. § 12D-104(d)" },
      decideDays: { value: 60, cite: "6 Del. C. § 12D-104(d)" },
      decideExtensionDays: null,
    },
    attorneyGeneral: {
      value: {
        name: "Delaware Department of Justice, Consumer Protection Unit",
        url: "https://attorneygeneral.delaware.gov/fraud/cpu/complaint/",
      },
      cite: "6 Del. C. § 12D-104(d)",
    },
    // § 12D-104(a)(5): a list of the categories of third parties to which data was disclosed.
    rights: { value: [...VIRGINIA_MODEL, "third_party_list"], cite: "6 Del. C. § 12D-104(a)" },
    recordMonths: { value: null, cite: "DPDPA sets no record period" },
    unconfirmed: [
      SAME_SECTION_UNCONFIRMED,
      "optOut.universalOptOut: the section number (the duty itself is confirmed by secondary sources)",
    ],
  },
];
