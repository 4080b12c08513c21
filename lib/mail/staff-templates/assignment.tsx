import type { Locale } from "@/lib/domain/locale";
import { staffMessages } from "@/lib/i18n/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { P, StaffLayout } from "./staff-layout";

export interface AssignmentParams {
  /** The assignee's language: the mail is written in it and its date is in its format. */
  locale: Locale;
  reference: string;
  type: string;
  /** The legal due date (YYYY-MM-DD, a calendar day in the controller's zone). */
  dueDate: string;
  assignedBy: string;
  requestUrl: string;
}

const WORDS: Record<Locale, { subject: (ref: string, due: string) => string; open: string; body: string }> = {
  en: {
    subject: (ref, due) => `${ref} was assigned to you (due ${due})`,
    open: "Open",
    body: "{by} assigned you this {type} request. You now own its legal deadline: {due}.",
  },
  fr: {
    subject: (ref, due) => `${ref} vous a été attribuée (échéance le ${due})`,
    open: "Ouvrir",
    body: "{by} vous a attribué cette demande ({type}). Vous êtes désormais responsable de son échéance légale : {due}.",
  },
};

export function assignmentSubject(p: AssignmentParams): string {
  return WORDS[p.locale].subject(p.reference, formatStaffDay(p.dueDate, p.locale));
}

export function Assignment({ params: p }: { params: AssignmentParams }) {
  const w = WORDS[p.locale];
  const type = (staffMessages(p.locale).types as Record<string, string>)[p.type] ?? p.type;
  return (
    <StaffLayout
      lang={p.locale}
      preview={assignmentSubject(p)}
      heading={assignmentSubject(p)}
      actionUrl={p.requestUrl}
      actionLabel={`${w.open} ${p.reference}`}
    >
      <P>
        {w.body
          .replace("{by}", p.assignedBy)
          .replace("{type}", type)
          .replace("{due}", formatStaffDay(p.dueDate, p.locale))}
      </P>
    </StaffLayout>
  );
}
