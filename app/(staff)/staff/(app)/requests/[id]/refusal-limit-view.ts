import type { DeadlineResult } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { refusalLimitPassed } from "@/lib/domain/overdue";

/** The last day to refuse, as the refuse panel shows it (lib/domain/deadline: refusalDueDate, refusalCite). */
export interface RefusalLimitView {
  /** YYYY-MM-DD in the controller's zone. */
  date: string;
  /** The provision in the staff member's language; null where a refusal is simply the answer, due by the deadline. */
  cite: string | null;
  /** Today (in the same zone) is after `date`. */
  passed: boolean;
}

export function refusalLimitView(ws: { deadline: DeadlineResult; today: string }, locale: Locale): RefusalLimitView {
  const { refusalDueDate, refusalCite } = ws.deadline;
  return {
    date: refusalDueDate,
    cite: refusalCite?.[locale] ?? null,
    passed: refusalLimitPassed(refusalDueDate, ws.today),
  };
}
