import { P, StaffLayout } from "./staff-layout";

export interface AssignmentParams {
  reference: string;
  type: string;
  dueDate: string;
  assignedBy: string;
  requestUrl: string;
}

export function assignmentSubject(p: AssignmentParams): string {
  return `${p.reference} was assigned to you (due ${p.dueDate})`;
}

export function Assignment({ params: p }: { params: AssignmentParams }) {
  return (
    <StaffLayout
      preview={assignmentSubject(p)}
      heading={assignmentSubject(p)}
      actionUrl={p.requestUrl}
      actionLabel={`Open ${p.reference}`}
    >
      <P>
        {p.assignedBy} assigned you this {p.type} request. You now own its legal deadline: {p.dueDate}.
      </P>
    </StaffLayout>
  );
}
