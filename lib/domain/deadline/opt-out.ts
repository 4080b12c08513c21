import { californiaHolidayNames } from "./california-holidays";
import { explain } from "./explain";
import type { LocalDate } from "./local-date";
import type { RegimeCode } from "./regimes";
import type { DeadlineResult, ExplanationStep } from "./types";
import { addBusinessDaysNamed } from "./working-days";

/**
 * 11 CCR § 7026(f)(1) and § 7027(g)(1): a request to opt out of sale/sharing or to limit the use of
 * sensitive personal information is complied with "as soon as feasibly possible, but no later than 15
 * business days from the date the business receives the request". Business days are counted as for the
 * § 7021(a) acknowledgement: weekdays that are not California state holidays (california-holidays.ts).
 * No extension and no clock stop exist for these requests.
 */
export const OPT_OUT_BUSINESS_DAYS = 15;

export function optOutDeadline(base: {
  regime: RegimeCode;
  jurisdiction: string;
  controller: string;
  timeZone: string;
  receivedDate: LocalDate;
}): DeadlineResult {
  const due = addBusinessDaysNamed(base.receivedDate, OPT_OUT_BUSINESS_DAYS, californiaHolidayNames);
  const steps: ExplanationStep[] = [
    { kind: "received", date: base.receivedDate, timeZone: base.timeZone },
    { kind: "optOut", businessDays: OPT_OUT_BUSINESS_DAYS, by: due.date, skipped: due.skipped },
    { kind: "noExtension", regime: base.regime },
    { kind: "due", deadline: "first", date: due.date },
  ];
  return {
    ...base,
    holidayCalendar: "US-CA",
    clockStartDate: base.receivedDate,
    firstDueDate: due.date,
    extendedDueDate: null,
    dueDate: due.date,
    extensionNoticeBy: null,
    // No refusal limit of its own: a denial is the response, within the same 15 business days.
    refusalDueDate: due.date,
    refusalCite: null,
    acknowledgeBy: null,
    clockStopAllowed: false,
    pausedDays: 0,
    explanation: { en: explain(steps, "en"), fr: explain(steps, "fr") },
  };
}
