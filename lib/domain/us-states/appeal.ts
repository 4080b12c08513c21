import { addDays, type LocalDate } from "../deadline/local-date";
import { DEFAULT_APPEAL_WINDOW_DAYS, usStateLaw } from "./index";

/**
 * When an appeal must be decided: the state's decision period from the appeal's receipt date (calendar
 * days, no roll-forward, like the request itself), and the longest date the law allows with its
 * notified extension (Colorado, Minnesota, New Jersey). Null where the regime grants no appeal.
 */
export function appealDecisionDue(
  regime: string,
  receivedDate: LocalDate,
): { due: LocalDate; extended: LocalDate | null } | null {
  const appeal = usStateLaw(regime)?.appeal;
  if (!appeal) return null;
  const due = addDays(receivedDate, appeal.decideDays.value);
  return {
    due,
    extended: appeal.decideExtensionDays ? addDays(due, appeal.decideExtensionDays.value) : null,
  };
}

/** The last local date the portal accepts an appeal of a refusal made on `refusedDate`; null: no appeal. */
export function appealOpenUntil(regime: string, refusedDate: LocalDate): LocalDate | null {
  const appeal = usStateLaw(regime)?.appeal;
  if (!appeal) return null;
  return addDays(refusedDate, appeal.windowDays.value ?? DEFAULT_APPEAL_WINDOW_DAYS);
}
