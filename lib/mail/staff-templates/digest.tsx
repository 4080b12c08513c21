import { P, StaffLayout } from "./staff-layout";

export interface DigestRow {
  reference: string;
  dueDate: string;
  assignee: string | null;
}

export interface DigestParams {
  date: string;
  dashboardUrl: string;
  overdue: DigestRow[];
  dueWithin7: DigestRow[];
  unassigned: DigestRow[];
  perAssignee: { assignee: string; open: number; overdue: number }[];
}

export function digestSubject(p: DigestParams): string {
  return `Privacy requests ${p.date}: ${p.overdue.length} overdue, ${p.dueWithin7.length} due within 7 days, ${p.unassigned.length} unassigned`;
}

function List({ title, rows }: { title: string; rows: DigestRow[] }) {
  return (
    <>
      <P>
        <strong>{title}</strong> ({rows.length})
      </P>
      {rows.slice(0, 25).map((r) => (
        <P key={r.reference}>
          {r.reference} — due {r.dueDate} — {r.assignee ?? "unassigned"}
        </P>
      ))}
      {rows.length > 25 ? <P>… and {rows.length - 25} more on the dashboard.</P> : null}
    </>
  );
}

export function Digest({ params: p }: { params: DigestParams }) {
  return (
    <StaffLayout
      preview={digestSubject(p)}
      heading={`Daily digest — ${p.date}`}
      actionUrl={p.dashboardUrl}
      actionLabel="Open the dashboard"
    >
      <List title="Overdue" rows={p.overdue} />
      <List title="Due within 7 days" rows={p.dueWithin7} />
      <List title="Unassigned" rows={p.unassigned} />
      <P>
        <strong>Per assignee</strong>
      </P>
      {p.perAssignee.map((a) => (
        <P key={a.assignee}>
          {a.assignee}: {a.open} open, {a.overdue} overdue
        </P>
      ))}
    </StaffLayout>
  );
}
