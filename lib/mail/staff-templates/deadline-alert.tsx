import type { Locale } from "@/lib/domain/locale";
import type { Threshold } from "@/lib/domain/thresholds";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { P, StaffLayout } from "./staff-layout";

export interface DeadlineAlertParams {
  /** The reader's language: the mail is written in it and its dates are in its format. */
  locale: Locale;
  reference: string;
  threshold: Threshold;
  dueDate: string;
  firstDueDate: string;
  requestUrl: string;
  assigneeName: string | null;
  daysOverdue?: number;
}

type Dated = DeadlineAlertParams & { due: string; firstDue: string };
interface AlertWords {
  headlines: Record<Threshold, (p: Dated) => string>;
  advice: Record<Threshold, string>;
  facts: (due: string, assignee: string) => string;
  nobody: string;
  open: string;
}

const WORDS: Record<Locale, AlertWords> = {
  en: {
    headlines: {
      due_in_7: (p) => `${p.reference} is due within 7 days (${p.due})`,
      due_in_3: (p) => `${p.reference} is due within 3 days (${p.due})`,
      due_in_1: (p) => `${p.reference} is due tomorrow (${p.due})`,
      due_today: (p) => `${p.reference} is due today (${p.due})`,
      overdue: (p) =>
        `OVERDUE: ${p.reference} was due on ${p.due}${p.daysOverdue ? ` (${p.daysOverdue} day${p.daysOverdue === 1 ? "" : "s"} ago)` : ""}`,
      extension_cutoff: (p) => `${p.reference}: finish or extend now — the first deadline is ${p.firstDue}`,
      ccpa_acknowledgement: (p) => `${p.reference}: CCPA receipt confirmation not delivered yet`,
      unassigned: (p) => `${p.reference} has had no assignee for 2 business days`,
    },
    advice: {
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
    },
    facts: (due, assignee) => `Due date: ${due}. Assignee: ${assignee}.`,
    nobody: "nobody",
    open: "Open",
  },
  fr: {
    headlines: {
      due_in_7: (p) => `${p.reference} arrive à échéance sous 7 jours (${p.due})`,
      due_in_3: (p) => `${p.reference} arrive à échéance sous 3 jours (${p.due})`,
      due_in_1: (p) => `${p.reference} arrive à échéance demain (${p.due})`,
      due_today: (p) => `${p.reference} arrive à échéance aujourd’hui (${p.due})`,
      overdue: (p) =>
        `EN RETARD : ${p.reference} devait être traitée le ${p.due}${p.daysOverdue ? ` (il y a ${p.daysOverdue} jour${p.daysOverdue === 1 ? "" : "s"})` : ""}`,
      extension_cutoff: (p) =>
        `${p.reference} : terminez ou prolongez maintenant — la première échéance est le ${p.firstDue}`,
      ccpa_acknowledgement: (p) => `${p.reference} : accusé de réception CCPA pas encore remis`,
      unassigned: (p) => `${p.reference} n’a personne d’attribué depuis 2 jours ouvrés`,
    },
    advice: {
      due_in_7: "Vérifiez les étapes de traitement et préparez la réponse.",
      due_in_3: "Assurez-vous que la réponse est prête à être relue.",
      due_in_1: "La réponse doit partir demain au plus tard.",
      due_today: "La réponse doit partir aujourd’hui.",
      overdue: "Le délai légal est dépassé. Répondez maintenant : les autorités sanctionnent les réponses tardives.",
      extension_cutoff:
        "Une prolongation doit être notifiée à la personne, motifs à l’appui, avant la première échéance. Ensuite, il n’est plus possible de prolonger.",
      ccpa_acknowledgement:
        "Le CCPA impose de confirmer la réception sous 10 jours ouvrés. Vérifiez l’adresse e-mail de la personne et renvoyez la confirmation.",
      unassigned: "Attribuez la demande pour que quelqu’un soit responsable de l’échéance.",
    },
    facts: (due, assignee) => `Échéance : ${due}. Responsable : ${assignee}.`,
    nobody: "personne",
    open: "Ouvrir",
  },
};

const dated = (p: DeadlineAlertParams): Dated => ({
  ...p,
  due: formatStaffDay(p.dueDate, p.locale),
  firstDue: formatStaffDay(p.firstDueDate, p.locale),
});

export function deadlineAlertSubject(p: DeadlineAlertParams): string {
  return WORDS[p.locale].headlines[p.threshold](dated(p));
}

export function DeadlineAlert({ params: p }: { params: DeadlineAlertParams }) {
  const w = WORDS[p.locale];
  return (
    <StaffLayout
      lang={p.locale}
      preview={deadlineAlertSubject(p)}
      heading={deadlineAlertSubject(p)}
      actionUrl={p.requestUrl}
      actionLabel={`${w.open} ${p.reference}`}
    >
      <P>{w.advice[p.threshold]}</P>
      <P>{w.facts(dated(p).due, p.assigneeName ?? w.nobody)}</P>
    </StaffLayout>
  );
}
