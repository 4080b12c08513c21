/**
 * The legal regimes, and which calendar each one counts in. Two facts decide a request's dates
 * (shared/reference/dsr-law.md, "Which law, which calendar"):
 * - the regime follows the law that protects the requester (their residence, see residences.ts);
 * - the calendar (receipt date, public holidays) is the controller's: the time zone of its
 *   establishment always, its public holidays where the regime rolls a period forward
 *   (Regulation 1182/71 art. 2(1): "holidays" are those "of the Member State ... in which action is to
 *   be taken", i.e. where the controller acts). rollCalendar() below is the per-regime decision.
 */

import { US_STATE_CODES, US_STATE_LAWS, usStateRegime, type UsStateRegimeCode } from "../us-states";

export type RegimeCode = "GDPR" | "UK_GDPR" | "CCPA" | "LGPD" | "PIPEDA" | "NFADP" | UsStateRegimeCode;

export interface Period {
  unit: "month" | "day";
  amount: number;
}

/**
 * Where the law sets a limit for telling the person it will not act on the request (with its reasons and
 * remedies) apart from the response deadline. In every law that has one, that limit is the first response
 * period (GDPR/UK GDPR Art. 12(4) "one month" as 12(3); the US state laws' 45 days, Iowa's 90, as their response
 * period: refusal-limit.test.ts checks each), so it ends on the first deadline and an extension never moves it.
 * The citation is what the explanation and the refuse panel quote.
 */
export interface RefusalLimit {
  cite: { en: string; fr: string };
}

export interface RegimeRule {
  code: RegimeCode;
  /** Response period, counted from the day after receipt. */
  period: Period;
  /** Total period when extended, counted from receipt (not from the first deadline); null = no extension. */
  extension: Period | null;
  /**
   * The limit for a refusal (not acting on the request), not moved by an extension; null = the refusal is the
   * response itself, due by the response deadline, extension included.
   */
  refusalLimit: RefusalLimit | null;
  /** Whether a period ending on a weekend/public holiday moves to the next working day (rule 4). */
  rollsToWorkingDay: boolean;
  /** True when "no roll-forward" is our product decision rather than the text of the law. */
  noRollIsProductDecision: boolean;
  clockStopAllowed: boolean;
  /**
   * The clock stops for a request of access only (UK GDPR Art. 12A, as DPA 2018 s. 54(3C): "further information
   * in order to identify the information or processing activities to which a request under Article 15 relates");
   * another right's clock runs on while the controller waits for an answer.
   */
  clockStopAccessOnly?: boolean;
  /**
   * A clock stop leaves out both the day it starts and the day it ends (UK GDPR Art. 12A: "the period beginning
   * with the day on which the controller makes the request and ending with the day on which the controller
   * receives the information does not count"); otherwise the calendar days between them (dsr-law.md rule 6).
   */
  pauseCountsBothDays: boolean;
  /**
   * The period runs from the latest of the receipt and the receipt of the identity information the
   * controller asked for (UK GDPR Art. 12A(2)(b)), not from the receipt alone.
   */
  clockStartsAtIdentity: boolean;
  /** Business days within which receipt must be confirmed; null = no such duty. */
  acknowledgeWithinBusinessDays: number | null;
}

/**
 * The US state laws (lib/domain/us-states, each value cited there): N calendar days from receipt, extended
 * once by M more (total N + M from receipt), notice inside the first period. Product decision, as for the
 * CCPA: no roll-forward to a working day (the conservative reading), and no clock stop (no state provides one).
 */
function usStateRules(): Record<UsStateRegimeCode, RegimeRule> {
  const out = {} as Record<UsStateRegimeCode, RegimeRule>;
  for (const state of US_STATE_CODES) {
    const law = US_STATE_LAWS[state];
    const code = usStateRegime(state);
    out[code] = {
      code,
      period: { unit: "day", amount: law.respondDays.value },
      extension: { unit: "day", amount: law.respondDays.value + law.extensionDays.value },
      // "If a controller declines to take action ... not later than 45 days after receipt" (refusalDays, cited there).
      refusalLimit: { cite: { en: law.refusalDays.cite, fr: law.refusalDays.cite } },
      rollsToWorkingDay: false,
      noRollIsProductDecision: true,
      clockStopAllowed: false,
      pauseCountsBothDays: false,
      clockStartsAtIdentity: false,
      acknowledgeWithinBusinessDays: null,
    };
  }
  return out;
}

export const REGIMES: Record<RegimeCode, RegimeRule> = {
  ...usStateRules(),
  GDPR: {
    code: "GDPR",
    // Art. 12(3) GDPR: one month of receipt, counted under Reg. 1182/71 art. 3 (EDPB Guidelines 01/2022 §§159-161).
    period: { unit: "month", amount: 1 },
    // Art. 12(3): "extended by two further months" → three months from receipt (ICO method, the earlier reading).
    extension: { unit: "month", amount: 3 },
    // Art. 12(4): "If the controller does not take action on the request ... the controller shall inform the data
    // subject without delay and at the latest within one month of receipt of the request of the reasons for not
    // taking action" — one month, and 12(3)'s extension is not offered for it.
    refusalLimit: { cite: { en: "Art. 12(4) GDPR", fr: "article 12, paragraphe 4, du RGPD" } },
    // Reg. 1182/71 art. 3(4): a period ending on a Saturday, Sunday or public holiday ends on the next working day.
    rollsToWorkingDay: true,
    noRollIsProductDecision: false,
    // The Regulation has no suspension. EDPB Guidelines 01/2022 § 159 (the right of access): "there may be a
    // suspension in time until the controller has obtained the information needed", for the identity and, in fine,
    // for the specification Recital 63 lets a controller ask of an access request ("specify the information or
    // processing activities to which the request relates"). Both are access guidance: a question on an erasure,
    // a correction or an objection stops nothing (QA F28; the statute over dsr-law.md rule 6, which says "yes").
    clockStopAllowed: true,
    clockStopAccessOnly: true,
    pauseCountsBothDays: false,
    clockStartsAtIdentity: false,
    acknowledgeWithinBusinessDays: null,
  },
  UK_GDPR: {
    code: "UK_GDPR",
    // UK GDPR Art. 12(3); ICO "Right of access – how long do we have to comply?": corresponding calendar date.
    period: { unit: "month", amount: 1 },
    extension: { unit: "month", amount: 3 },
    // UK GDPR Art. 12(4): the reasons for not taking action "at the latest within one month of receipt"; Art. 12A
    // (its "relevant time period") starts and stops that month as it does 12(3)'s (same context below).
    refusalLimit: { cite: { en: "Art. 12(4) UK GDPR", fr: "article 12, paragraphe 4, du UK GDPR" } },
    // ICO: "If the corresponding date falls on a weekend or a public holiday, you have until the next working day."
    rollsToWorkingDay: true,
    noRollIsProductDecision: false,
    // UK GDPR Art. 12A (Data (Use and Access) Act 2025): the clock stops while waiting for identity/clarification.
    clockStopAllowed: true,
    // Only for a request of access (Art. 15): the other rights' clocks do not stop.
    clockStopAccessOnly: true,
    // Art. 12A (as DPA 2018 s. 54(3C)): the days the clarification is asked for and received are both left out.
    pauseCountsBothDays: true,
    // Art. 12A(2) (Data (Use and Access) Act 2025): the month begins with "the latest of" the receipt, the
    // receipt of the information asked for under Art. 12(6) to confirm identity, and the fee. ICO: the extension
    // is "three months from the original start date, ie the day you receive the request, fee or other requested
    // information". No fee is ever charged here.
    clockStartsAtIdentity: true,
    acknowledgeWithinBusinessDays: null,
  },
  CCPA: {
    code: "CCPA",
    // 11 CCR § 7021(b): "no later than 45 calendar days after receipt", "regardless of time required to verify".
    period: { unit: "day", amount: 45 },
    // § 7021(b): "up to an additional 45 calendar days ... maximum total of 90 calendar days from the day ... received".
    extension: { unit: "day", amount: 90 },
    // A denial is the response: §§ 7022(f), 7023(f), 7024(e) make it part of responding to the request, within
    // § 7021(b)'s 45 days or, once extended, 90.
    refusalLimit: null,
    // Product decision (the conservative reading): Cal. Civ. Code § 12a would extend a period whose last day
    // is a holiday; we keep the 45th calendar day so a deadline never depends on that reading.
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    // § 7021(b): the 45 days run "regardless of time required to verify the request".
    clockStopAllowed: false,
    pauseCountsBothDays: false,
    // § 7021(a): confirm receipt "no later than 10 business days after receiving" the request; business days
    // exclude the California state holidays (california-holidays.ts).
    clockStartsAtIdentity: false,
    acknowledgeWithinBusinessDays: 10,
  },
  LGPD: {
    code: "LGPD",
    // LGPD (Lei 13.709/2018) art. 19, II: a complete answer "no prazo de até 15 (quinze) dias" from the request
    // (confirmation and access; applied to the other rights of art. 18 too, which set no period: product decision).
    period: { unit: "day", amount: 15 },
    extension: null,
    // Art. 18 § 4: when the controller cannot act at once it sends a reply with the reasons; no period of its own,
    // and no extension to escape: the refusal is due with the answer.
    refusalLimit: null,
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    pauseCountsBothDays: false,
    clockStartsAtIdentity: false,
    acknowledgeWithinBusinessDays: null,
  },
  PIPEDA: {
    code: "PIPEDA",
    // PIPEDA s. 8(3): respond "not later than thirty days after receipt of the request".
    period: { unit: "day", amount: 30 },
    // s. 8(4)(a)/(b): extend "for a maximum of thirty days", notice within the first 30 days with the right to
    // complain to the Commissioner → 60 days from receipt. s. 8(5): silence past the limit is a deemed refusal.
    extension: { unit: "day", amount: 60 },
    // s. 8(7): "An organization that responds within the time limit and refuses a request shall inform the individual
    // in writing of the refusal": a refusal is the response, due within the (possibly extended) time limit.
    refusalLimit: null,
    // Product decision: the federal Interpretation Act s. 26 would move a limit ending on a holiday; we do not.
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    pauseCountsBothDays: false,
    clockStartsAtIdentity: false,
    acknowledgeWithinBusinessDays: null,
  },
  NFADP: {
    code: "NFADP",
    // nFADP art. 25(7) and DPO (OPDo) art. 18(1): information within 30 days of receipt.
    period: { unit: "day", amount: 30 },
    // OPDo art. 18(2): if it cannot be given in 30 days, notify the person of the period within which it will be.
    extension: null,
    // OPDo art. 18(3): a refusal, restriction or deferral is notified "within the same period"; no extension exists
    // here, so that is the 30 days of the deadline itself.
    refusalLimit: null,
    rollsToWorkingDay: false,
    noRollIsProductDecision: true,
    clockStopAllowed: false,
    pauseCountsBothDays: false,
    clockStartsAtIdentity: false,
    acknowledgeWithinBusinessDays: null,
  },
};

export interface HolidayCalendarRef {
  country: string;
  state?: string;
}

/** A country (or region) the product knows: the regime protecting its residents and its own calendar. */
export interface Jurisdiction {
  code: string;
  regime: RegimeCode;
  /** The time zone a controller established there counts in, unless configured otherwise. */
  timeZone: string;
  /** Its public holidays (for a controller established there, or a resident in the GDPR fallback). */
  holidays: HolidayCalendarRef;
}

export const CALIFORNIA = "US-CA";
export const UK_CALENDAR: HolidayCalendarRef = { country: "GB", state: "ENG" };

/**
 * Which public holidays move a period's end (rule 4), per regime. `controller` is the controller's
 * establishment, `resident` the requester's residence. Null: the regime counts calendar days only.
 */
export function rollCalendar(
  regime: RegimeCode,
  controller: Jurisdiction,
  resident: Jurisdiction,
): { holidays: HolidayCalendarRef; of: string; productDecision: boolean } | null {
  switch (regime) {
    case "GDPR":
      // Reg. 1182/71 art. 2(1): the holidays of the member state where the controller acts (its establishment).
      // A controller outside the EU/EEA (GDPR art. 3(2)) has no such member state: we use the resident's
      // (product decision; the member state whose authority would assess the complaint, art. 77).
      return controller.regime === "GDPR"
        ? { holidays: controller.holidays, of: controller.code, productDecision: false }
        : { holidays: resident.holidays, of: resident.code, productDecision: true };
    case "UK_GDPR":
      // ICO guidance speaks of UK public holidays; a UK controller uses England & Wales bank holidays (the
      // jurisdiction of the ICO's guidance examples). A controller outside the UK still counts UK bank
      // holidays, not its own (product decision: the ICO enforces the UK GDPR deadline).
      return { holidays: UK_CALENDAR, of: "GB", productDecision: controller.code !== "GB" };
    default:
      // CCPA, LGPD, PIPEDA, nFADP: calendar days without roll-forward (see REGIMES).
      return null;
  }
}
