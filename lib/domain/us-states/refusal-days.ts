import type { Cited, UsStateCode } from "./types";

const NOT_READ =
  "refusalDays: the decline-to-act provision's text and paragraph not read (the Virginia model, summaries)";

/**
 * Each law's limit for telling a consumer that the controller declines to act, and why ("If a controller declines to
 * take action regarding the consumer's request, the controller shall inform the consumer without undue delay, but
 * not later than 45 days after receipt of the request, of the justification ... and instructions for how to appeal").
 * The laws extend the response period only, never this notice. Where the text was not read, `unconfirmed` says so.
 */
export const REFUSAL_DAYS: Record<UsStateCode, { days: Cited<number>; unconfirmed?: string }> = {
  // Read (deskbook copy): "in all cases and at the latest within 45 days of receipt of the request".
  VA: { days: { value: 45, cite: "Va. Code § 59.1-577(B)(2)" } },
  CO: { days: { value: 45, cite: "C.R.S. § 6-1-1306(2)" }, unconfirmed: NOT_READ },
  // Read (deskbook copy): "not later than forty-five days after receipt of the request".
  CT: {
    days: { value: 45, cite: "Conn. Gen. Stat. § 42-518(c)(2)" },
    unconfirmed:
      "refusalDays: (c)(2) in the deskbook copy of § 42-518 as enacted; the numbering after the 2025 amendments not read",
  },
  // Read (FindLaw, Lexace; current to 2025): "within 45 days after the day on which the controller receives the
  // request, inform the consumer of the reasons for not taking action".
  UT: { days: { value: 45, cite: "Utah Code § 13-61-203(3)" } },
  // The same 90 days as the response (summaries). § 715D.3(2), between the rights (1) and the appeal (3) (deskbook
  // copy of SF 262, pp. 216-217); § 715D.4 is the controller's duties.
  IA: {
    days: { value: 90, cite: "Iowa Code § 715D.3(2)" },
    unconfirmed: "refusalDays: § 715D.3(2)'s text and paragraph letter not read (90 days from summaries)",
  },
  OR: { days: { value: 45, cite: "ORS 646A.576(5)" }, unconfirmed: NOT_READ },
  // Read (FindLaw): "which may not be later than the 45th day after the date of receipt of the request".
  TX: { days: { value: 45, cite: "Tex. Bus. & Com. Code § 541.052(c)" } },
  // Read (deskbook copy of SB 384 as enacted): "If a controller declines to act regarding the consumer's request, the
  // controller shall inform the consumer without undue delay, but not later than 45 days after receipt of the request".
  MT: {
    days: { value: 45, cite: "Mont. Code Ann. § 30-14-2808(4)(b)" },
    unconfirmed: "refusalDays: (4)(b) in the Act as enacted (2023); the numbering after SB 297 (2025) not read",
  },
  // Read (deskbook copy): "without undue delay, but not later than 45 days after receipt of the request".
  DE: { days: { value: 45, cite: "6 Del. C. § 12D-104(c)(2)" } },
  NH: { days: { value: 45, cite: "RSA 507-H:4, III" }, unconfirmed: NOT_READ },
  // Read (casetext): "without undue delay, but not later than 45 days after receipt of the request".
  NJ: { days: { value: 45, cite: "N.J.S.A. 56:8-166.7(c)" } },
  // Read (deskbook copy): "but in all cases and at the latest within forty-five (45) days of receipt of the request".
  TN: { days: { value: 45, cite: "Tenn. Code Ann. § 47-18-3304(b)(2)" } },
  // Subd. 4 (the response to requests) precedes "Subd. 5. Appeal process required." (deskbook copy, p. 287).
  MN: {
    days: { value: 45, cite: "Minn. Stat. § 325M.14, subd. 4" },
    unconfirmed: "refusalDays: the paragraph of subd. 4 not read",
  },
  // Codified § 14-4705 (the bill's § 14-4605); its (c) is the request method (lexace copy), not the refusal.
  MD: {
    days: { value: 45, cite: "Md. Code, Com. Law § 14-4705" },
    unconfirmed: "refusalDays: the subsection of § 14-4705 not read",
  },
  // Read (deskbook copy): "but in any case not later than forty-five (45) days after receipt of the consumer's request".
  IN: { days: { value: 45, cite: "Ind. Code § 24-15-3-1(c)(2)" } },
  // KRS 367.3617 is the controller's duties; § 367.3615(4) appeals "the decision pursuant to subsection (3)(b)" (deskbook).
  KY: {
    days: { value: 45, cite: "KRS 367.3615(3)(b)" },
    unconfirmed: "refusalDays: the paragraph from § 367.3615(4)'s cross-reference; the text of (3)(b) not read",
  },
  // Read (rilin.state.ri.us, § 6-48.1-6): "not later than forty-five (45) days after receipt of the request".
  RI: { days: { value: 45, cite: "R.I. Gen. Laws § 6-48.1-6(b)(2)" } },
  // Read (FindLaw): "shall inform the consumer within forty-five days after the date of receipt of the request".
  NE: { days: { value: 45, cite: "Neb. Rev. Stat. § 87-1108(3)" } },
};
