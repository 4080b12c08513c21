import { DeadlineInputError } from "./errors";
import { californiaHolidayNames } from "./california-holidays";
import { explain } from "./explain";
import { publicHolidayNames } from "./holidays";
import { addDays, addMonthsClamped, isValidTimeZone, localDateOf, type LocalDate } from "./local-date";
import { toPauseSpans, totalPausedDays } from "./pauses";
import { REGIMES, rollCalendar, type Jurisdiction, type Period, type RegimeCode, type RegimeRule } from "./regimes";
import { allJurisdictions, findJurisdiction } from "./residences";
import type { DeadlineInput, DeadlineKind, DeadlineResult, ExplanationStep } from "./types";
import { addBusinessDaysNamed, rollToWorkingDay, type HolidayNames } from "./working-days";
import { optOutDeadline } from "./opt-out";
import { isOptOutType } from "../vocabulary";
import { usStateLaw } from "../us-states";

export function isSupportedJurisdiction(code: string): boolean {
  return findJurisdiction(code) !== undefined;
}

export function listJurisdictions(): { code: string; regime: string; timeZone: string }[] {
  return allJurisdictions().map(({ code, regime, timeZone }) => ({ code, regime, timeZone }));
}

function addPeriod(receivedDate: LocalDate, period: Period): { date: LocalDate; clamped: boolean } {
  return period.unit === "month"
    ? addMonthsClamped(receivedDate, period.amount)
    : { date: addDays(receivedDate, period.amount), clamped: false };
}

/** Period end from receipt, plus clock-stop days, then (where the regime says so) rule 4. */
function deadlineFor(
  deadline: DeadlineKind,
  period: Period,
  context: {
    receivedDate: LocalDate;
    fromIdentity: boolean;
    pausedDays: number;
    rule: RegimeRule;
    holidays: HolidayNames;
  },
  steps: ExplanationStep[],
): LocalDate {
  const raw = addPeriod(context.receivedDate, period);
  steps.push({
    kind: "period",
    deadline,
    period,
    date: raw.date,
    clamped: raw.clamped,
    fromIdentity: context.fromIdentity,
  });
  let end = raw.date;
  if (context.pausedDays > 0) {
    end = addDays(end, context.pausedDays);
    steps.push({ kind: "pausesAdded", deadline, days: context.pausedDays, date: end });
  }
  if (!context.rule.rollsToWorkingDay) return end;
  const rolled = rollToWorkingDay(end, context.holidays);
  steps.push(
    rolled.skipped.length > 0
      ? { kind: "rolled", deadline, skipped: rolled.skipped, date: rolled.date }
      : { kind: "workingDay", deadline, date: rolled.date },
  );
  return rolled.date;
}

/** The regime that protects a resident of `code` (undefined for an unknown code). */
export function regimeForResidence(code: string): RegimeCode | undefined {
  return findJurisdiction(code)?.regime;
}

/** The time zone a controller established in `code` counts in by default (undefined if unknown). */
export function defaultControllerTimeZone(code: string): string | undefined {
  return findJurisdiction(code)?.timeZone;
}

function resolveJurisdictions(input: DeadlineInput): {
  jurisdiction: Jurisdiction;
  controller: Jurisdiction;
  timeZone: string;
} {
  const jurisdiction = typeof input.jurisdiction === "string" ? findJurisdiction(input.jurisdiction) : undefined;
  if (!jurisdiction)
    throw new DeadlineInputError("jurisdiction", `Unsupported jurisdiction: ${String(input.jurisdiction)}`);
  const controller = input.controller === undefined ? jurisdiction : findJurisdiction(input.controller);
  if (!controller) throw new DeadlineInputError("controller", `Unsupported controller country: ${input.controller}`);
  const timeZone = input.timeZone ?? controller.timeZone;
  if (!isValidTimeZone(timeZone)) throw new DeadlineInputError("timeZone", `Unknown time zone: ${timeZone}`);
  return { jurisdiction, controller, timeZone };
}

/**
 * A US state's opt-out is answered within the state's own opt-out period (calendar days, extendable: the
 * state's record, `optOut`), not California's 15 business days (optOutDeadline, CCPA only).
 */
function ruleFor(rule: RegimeRule, requestType: string | undefined): RegimeRule {
  // LGPD art. 19 I: the simplified confirmation is given "imediatamente". No text or ANPD rule counts that in
  // days; the product reads it as the day the request is confirmed as the person's (a period of 0 days from the
  // e-mail confirmation the verification mail asks for, as the UK clock; the receipt day when staff checked the
  // identity at entry), and explains it as such. Answering before knowing whom we answer would disclose.
  if (rule.code === "LGPD" && requestType === "confirmation")
    return { ...rule, period: { unit: "day", amount: 0 }, clockStartsAtIdentity: true };
  if (rule.clockStopAccessOnly && requestType !== undefined && requestType !== "access")
    return { ...rule, clockStopAllowed: false, pauseCountsBothDays: false };
  const optOut = requestType && isOptOutType(requestType) ? usStateLaw(rule.code)?.optOut : undefined;
  if (!optOut) return rule;
  return {
    ...rule,
    period: { unit: "day", amount: optOut.respondDays.value },
    extension: { unit: "day", amount: optOut.respondDays.value + optOut.extensionDays.value },
  };
}

/**
 * nFADP: the 30 days and the "new date" of art. 18(1)-(2) OPDo are the right of access's (art. 25 nFADP) and,
 * by art. 22 OPDo, portability's (art. 28); the claims of art. 32 nFADP (correct, erase, prohibit a processing)
 * have no time limit in the Act or the ordinance. An unknown type reads as access (the stricter wording).
 */
function nfadpBasis(regime: RegimeCode, requestType: string | undefined): { statutory?: boolean } {
  if (regime !== "NFADP") return {};
  return { statutory: requestType === undefined || requestType === "access" || requestType === "portability" };
}

/** Whether the clock of a request of this type under this regime starts when the identity asked for arrives. */
export function clockStartsAtIdentity(regime: RegimeCode, requestType: string | undefined): boolean {
  return ruleFor(REGIMES[regime], requestType).clockStartsAtIdentity;
}

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { jurisdiction, controller, timeZone } = resolveJurisdictions(input);
  const rule = ruleFor(REGIMES[jurisdiction.regime], input.requestType);
  if (!(input.receivedAt instanceof Date) || Number.isNaN(input.receivedAt.getTime())) {
    throw new DeadlineInputError("receivedAt", "receivedAt must be a valid date");
  }
  if (input.extended && !rule.extension) {
    throw new DeadlineInputError("extended", `No extension is available under ${rule.code} (${jurisdiction.code})`);
  }
  const asOf = input.asOf ?? new Date();
  if (Number.isNaN(asOf.getTime())) throw new DeadlineInputError("asOf", "asOf must be a valid date");

  const receivedDate = localDateOf(input.receivedAt, timeZone);
  if (input.requestType && isOptOutType(input.requestType) && !usStateLaw(rule.code)) {
    if (input.extended) throw new DeadlineInputError("extended", "No extension is available for an opt-out");
    return optOutDeadline({
      regime: rule.code,
      jurisdiction: jurisdiction.code,
      controller: controller.code,
      timeZone,
      receivedDate,
    });
  }
  const steps: ExplanationStep[] = [
    {
      kind: "received",
      date: receivedDate,
      timeZone,
      receiptDayBegins: rule.code === "UK_GDPR",
      ...(rule.period.amount === 0 ? { sameDay: true } : {}),
    },
  ];
  const clockStartDate = clockStartOf(rule, receivedDate, input.identityReceivedAt, timeZone);
  if (clockStartDate !== receivedDate)
    steps.push({ kind: "clockStart", date: clockStartDate, ...(rule.code === "UK_GDPR" ? { ukGdpr: true } : {}) });
  let explanation: DeadlineResult["explanation"] | undefined;
  const calendar = rule.rollsToWorkingDay ? rollCalendar(rule.code, controller, jurisdiction) : null;
  if (calendar) {
    steps.push({
      kind: "holidays",
      of: calendar.of,
      controller: controller.code,
      productDecision: calendar.productDecision,
    });
  }

  // Pauses are validated even where ignored, so bad data is reported the same way everywhere.
  const bothDays = rule.clockStopAllowed && rule.pauseCountsBothDays;
  const spans = toPauseSpans(input.pauses ?? [], { timeZone, receivedDate, asOf, bothDaysCount: bothDays });
  let pausedDays = 0;
  if (spans.length > 0) {
    if (rule.clockStopAllowed) {
      pausedDays = totalPausedDays(spans);
      steps.push({ kind: "pauseSpans", spans, asOf: localDateOf(asOf, timeZone), bothDays });
    } else {
      steps.push({ kind: "pausesIgnored", regime: rule.code, accessOnly: rule.clockStopAccessOnly });
    }
  }

  const holidays: HolidayNames = calendar ? publicHolidayNames(calendar.holidays) : () => null;
  const fromIdentity = clockStartDate !== receivedDate;
  const context = { receivedDate: clockStartDate, fromIdentity, pausedDays, rule, holidays };
  const firstDueDate = deadlineFor("first", rule.period, context, steps);
  const extendedDueDate = rule.extension ? deadlineFor("extended", rule.extension, context, steps) : null;
  if (!rule.rollsToWorkingDay) steps.push({ kind: "calendarDays", productDecision: rule.noRollIsProductDecision });

  // The subject must be told of an extension within the first period.
  const extensionNoticeBy = extendedDueDate ? firstDueDate : null;
  steps.push(
    extensionNoticeBy
      ? { kind: "extensionNotice", by: extensionNoticeBy }
      : { kind: "noExtension", regime: rule.code, ...nfadpBasis(rule.code, input.requestType) },
  );

  const acknowledgeBy = acknowledgementDue(rule.code, receivedDate);
  if (acknowledgeBy && rule.acknowledgeWithinBusinessDays !== null) {
    steps.push({
      kind: "acknowledge",
      by: acknowledgeBy.date,
      businessDays: rule.acknowledgeWithinBusinessDays,
      skipped: acknowledgeBy.skipped,
    });
  }

  const useExtended = Boolean(input.extended) && extendedDueDate !== null;
  const dueDate = useExtended && extendedDueDate ? extendedDueDate : firstDueDate;
  steps.push({ kind: "due", deadline: useExtended ? "extended" : "first", date: dueDate });
  // Where the law sets a refusal limit it is the first period (RefusalLimit); elsewhere the refusal is the
  // response itself, due by the due date, extension included.
  const refusal = rule.refusalLimit ? firstDueDate : dueDate;
  if (rule.refusalLimit) {
    steps.push({
      kind: "refusalLimit",
      date: refusal,
      period: rule.period,
      cite: rule.refusalLimit.cite,
      fromIdentity,
      extended: useExtended,
    });
  }

  return {
    regime: rule.code,
    jurisdiction: jurisdiction.code,
    controller: controller.code,
    timeZone,
    holidayCalendar: calendar?.of ?? null,
    receivedDate,
    clockStartDate,
    firstDueDate,
    extendedDueDate,
    dueDate,
    extensionNoticeBy,
    refusalDueDate: refusal,
    refusalCite: rule.refusalLimit?.cite ?? null,
    acknowledgeBy: acknowledgeBy?.date ?? null,
    clockStopAllowed: rule.clockStopAllowed,
    pausedDays,
    // Written out on first read (and kept): an intake computes a deadline per request and never shows it.
    get explanation() {
      return (explanation ??= { en: explain(steps, "en"), fr: explain(steps, "fr") });
    },
  };
}

/**
 * The local date the period runs from. UK GDPR Art. 12A(2): "the latest of" the receipt and the receipt of the
 * information asked for under Art. 12(6) to confirm identity; every other regime counts from the receipt.
 */
function clockStartOf(
  rule: RegimeRule,
  receivedDate: LocalDate,
  identityReceivedAt: Date | null | undefined,
  timeZone: string,
): LocalDate {
  if (!rule.clockStartsAtIdentity || !identityReceivedAt) return receivedDate;
  if (Number.isNaN(identityReceivedAt.getTime()))
    throw new DeadlineInputError("identityReceivedAt", "identityReceivedAt must be a valid date");
  const identityDate = localDateOf(identityReceivedAt, timeZone);
  return identityDate > receivedDate ? identityDate : receivedDate;
}

/**
 * The date by which receipt must be confirmed, from the receipt date: CCPA § 7021(a) counts 10
 * business days, weekdays that are not California state holidays (california-holidays.ts), whoever
 * the controller is: the duty and its days are California's. Null where the regime has no such duty.
 */
export function acknowledgementDue(
  regime: RegimeCode,
  receivedDate: LocalDate,
): { date: LocalDate; skipped: ReturnType<typeof addBusinessDaysNamed>["skipped"] } | null {
  const days = REGIMES[regime].acknowledgeWithinBusinessDays;
  if (days === null) return null;
  return addBusinessDaysNamed(receivedDate, days, regime === "CCPA" ? californiaHolidayNames : () => null);
}
