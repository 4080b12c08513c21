import type { Threshold } from "@/lib/domain/thresholds";
import { P, StaffLayout } from "./staff-layout";

export interface DeadlineAlertParams {
  reference: string;
  threshold: Threshold;
  dueDate: string;
  firstDueDate: string;
  requestUrl: string;
  assigneeName: string | null;
  daysOverdue?: number;
}

const HEADLINES: Record<Threshold, (p: DeadlineAlertParams) => string> = {
  due_in_7: (p) => `${p.reference} is due within 7 days (${p.dueDate})`,
  due_in_3: (p) => `${p.reference} is due within 3 days (${p.dueDate})`,
  due_in_1: (p) => `${p.reference} is due tomorrow (${p.dueDate})`,
  due_today: (p) => `${p.reference} is due today (${p.dueDate})`,
  overdue: (p) =>
    `OVERDUE: ${p.reference} was due on ${p.dueDate}${p.daysOverdue ? ` (${p.daysOverdue} day${p.daysOverdue === 1 ? "" : "s"} ago)` : ""}`,
  extension_cutoff: (p) => `${p.reference}: finish or extend now — the first deadline is ${p.firstDueDate}`,
  ccpa_acknowledgement: (p) => `${p.reference}: CCPA receipt confirmation not delivered yet`,
  unassigned: (p) => `${p.reference} has had no assignee for 2 business days`,
};

const ADVICE: Record<Threshold, string> = {
  due_in_7: "Check the fulfilment steps and plan the answer.",
  due_in_3: "Make sure the answer is ready for review.",
  due_in_1: "The answer must go out tomorrow at the latest.",
  due_today: "The answer must go out today.",
  overdue: "The legal deadline has passed. Answer now; regulators fine late answers.",
  extension_cutoff:
    "An extension must be notified to the subject, with reasons, before the first deadline. After it, extending is no longer possible.",
  ccpa_acknowledgement:
    "CCPA requires confirming receipt within 10 business days. Check the subject's e-mail address and resend the confirmation.",
  unassigned: "Assign the request so that someone owns the deadline.",
};

export function deadlineAlertSubject(p: DeadlineAlertParams): string {
  return HEADLINES[p.threshold](p);
}

export function DeadlineAlert({ params: p }: { params: DeadlineAlertParams }) {
  return (
    <StaffLayout
      preview={deadlineAlertSubject(p)}
      heading={deadlineAlertSubject(p)}
      actionUrl={p.requestUrl}
      actionLabel={`Open ${p.reference}`}
    >
      <P>{ADVICE[p.threshold]}</P>
      <P>
        Due date: {p.dueDate}. Assignee: {p.assigneeName ?? "nobody"}.
      </P>
    </StaffLayout>
  );
}
