"use client";

import { ActionForm } from "../components/action-form";
import { useStaffMessages } from "../components/staff-locale";
import { bulkAssignAction } from "./actions";

/** The checkboxes in the queue table belong to this form through their `form="bulk-assign"` attribute. */
export function BulkAssignForm({ assignees }: { assignees: { id: string; name: string; role: string }[] }) {
  const all = useStaffMessages();
  const t = all.queue;
  return (
    <div id="bulk-assign-wrap">
      <ActionForm
        action={bulkAssignAction}
        submitLabel={t.assignSelected}
        pendingLabel={t.assigning}
        className="toolbar"
        id="bulk-assign"
        label={t.bulkAssign}
      >
        <div className="field">
          <label htmlFor="bulk-assignee">{t.assignSelectedTo}</label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="">
            <option value="">{t.nobody}</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({all.chrome.roles[a.role as keyof typeof all.chrome.roles] ?? a.role})
              </option>
            ))}
          </select>
        </div>
      </ActionForm>
    </div>
  );
}
