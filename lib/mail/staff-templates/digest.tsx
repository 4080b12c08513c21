import type { Locale } from "@/lib/domain/locale";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { P, StaffLayout } from "./staff-layout";

export interface DigestRow {
  reference: string;
  /** A legal date (YYYY-MM-DD, a calendar day in the controller's zone). */
  dueDate: string;
  assignee: string | null;
}

export interface DigestParams {
  /** The reader's language: the mail is written in it and its dates are in its format. */
  locale: Locale;
  /** The day of the digest (YYYY-MM-DD) in the controller's zone. */
  date: string;
  dashboardUrl: string;
  overdue: DigestRow[];
  dueWithin7: DigestRow[];
  unassigned: DigestRow[];
  perAssignee: { assignee: string; open: number; overdue: number }[];
}

interface DigestWords {
  subject: (date: string, overdue: number, dueWithin7: number, unassigned: number) => string;
  heading: (date: string) => string;
  action: string;
  overdue: string;
  dueWithin7: string;
  unassigned: string;
  row: (reference: string, due: string, assignee: string) => string;
  nobody: string;
  more: (n: number) => string;
  perAssignee: string;
  load: (assignee: string, open: number, overdue: number) => string;
}

const WORDS: Record<Locale, DigestWords> = {
  en: {
    subject: (date, o, d, u) => `Privacy requests ${date}: ${o} overdue, ${d} due within 7 days, ${u} unassigned`,
    heading: (date) => `Daily digest — ${date}`,
    action: "Open the dashboard",
    overdue: "Overdue",
    dueWithin7: "Due within 7 days",
    unassigned: "Unassigned",
    row: (reference, due, assignee) => `${reference} — due ${due} — ${assignee}`,
    nobody: "unassigned",
    more: (n) => `… and ${n} more on the dashboard.`,
    perAssignee: "Per assignee",
    load: (assignee, open, overdue) => `${assignee}: ${open} open, ${overdue} overdue`,
  },
  fr: {
    subject: (date, o, d, u) =>
      `Demandes du ${date} : ${o} en retard, ${d} à échéance sous 7 jours, ${u} non attribuée${u > 1 ? "s" : ""}`,
    heading: (date) => `Récapitulatif du ${date}`,
    action: "Ouvrir le tableau de bord",
    overdue: "En retard",
    dueWithin7: "Échéance sous 7 jours",
    unassigned: "Non attribuées",
    row: (reference, due, assignee) => `${reference} — échéance ${due} — ${assignee}`,
    nobody: "non attribuée",
    more: (n) => `… et ${n} autres sur le tableau de bord.`,
    perAssignee: "Charge par responsable",
    load: (assignee, open, overdue) => `${assignee} : ${open} ouverte${open > 1 ? "s" : ""}, ${overdue} en retard`,
  },
};

export function digestSubject(p: DigestParams): string {
  return WORDS[p.locale].subject(
    formatStaffDay(p.date, p.locale),
    p.overdue.length,
    p.dueWithin7.length,
    p.unassigned.length,
  );
}

function List({ title, rows, locale }: { title: string; rows: DigestRow[]; locale: Locale }) {
  const w = WORDS[locale];
  return (
    <>
      <P>
        <strong>{title}</strong> ({rows.length})
      </P>
      {rows.slice(0, 25).map((r) => (
        <P key={r.reference}>{w.row(r.reference, formatStaffDay(r.dueDate, locale), r.assignee ?? w.nobody)}</P>
      ))}
      {rows.length > 25 ? <P>{w.more(rows.length - 25)}</P> : null}
    </>
  );
}

export function Digest({ params: p }: { params: DigestParams }) {
  const w = WORDS[p.locale];
  return (
    <StaffLayout
      lang={p.locale}
      preview={digestSubject(p)}
      heading={w.heading(formatStaffDay(p.date, p.locale))}
      actionUrl={p.dashboardUrl}
      actionLabel={w.action}
    >
      <List title={w.overdue} rows={p.overdue} locale={p.locale} />
      <List title={w.dueWithin7} rows={p.dueWithin7} locale={p.locale} />
      <List title={w.unassigned} rows={p.unassigned} locale={p.locale} />
      <P>
        <strong>{w.perAssignee}</strong>
      </P>
      {p.perAssignee.map((a) => (
        <P key={a.assignee}>{w.load(a.assignee, a.open, a.overdue)}</P>
      ))}
    </StaffLayout>
  );
}
