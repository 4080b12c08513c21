"use client";

import { ActionForm } from "../components/action-form";
import { bulkAssignAction } from "./actions";

/** The checkboxes in the queue table belong to this form through their `form="bulk-assign"` attribute. */
export function BulkAssignForm({ assignees }: { assignees: { id: string; name: string; role: string }[] }) {
  return (
    <div id="bulk-assign-wrap">
      <ActionForm
        action={bulkAssignAction}
        submitLabel="Assign selected"
        pendingLabel="Assigning…"
        className="toolbar"
        id="bulk-assign"
        label="Bulk assign"
      >
        <div className="field">
          <label htmlFor="bulk-assignee">Assign selected to</label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="">
            <option value="">Nobody (unassign)</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.role})
              </option>
            ))}
          </select>
        </div>
      </ActionForm>
    </div>
  );
}
