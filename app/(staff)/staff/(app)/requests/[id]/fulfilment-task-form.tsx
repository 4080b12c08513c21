"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import { ActionOutcome, submitKeepingFields } from "../../components/action-form";
import { fill } from "@/lib/i18n/fill";
import { useStaffMessages } from "../../components/staff-locale";
import { completeTaskAction } from "./fulfilment-actions";

/**
 * A manual task's result: what the person did (done) or why it could not be done (failed). Two
 * submit buttons post the outcome; like ActionForm, it submits through onSubmit so a refusal keeps
 * the note just typed.
 */
export function ManualTaskForm(p: { requestId: string; taskId: string; label: string; asksFound?: boolean }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(
    (_prev, form) => completeTaskAction(null, form),
    null,
  );
  const onSubmit = submitKeepingFields(formAction);
  const noteId = `task-note-${p.taskId}`;
  const t = useStaffMessages().gates.task;
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="action-form task-form"
      aria-label={fill(t.formLabel, { task: p.label })}
      aria-busy={pending}
    >
      <input type="hidden" name="requestId" value={p.requestId} />
      <input type="hidden" name="taskId" value={p.taskId} />
      <div className="compact-field">
        <label htmlFor={noteId}>{t.note}</label>
        <textarea id={noteId} name="note" required minLength={3} maxLength={4000} />
      </div>
      {p.asksFound ? (
        // A confirmation's search by hand: the answer the person gets is a yes or no (LGPD art. 19 I).
        <fieldset className="compact-field" data-testid="task-found">
          <legend>{t.found}</legend>
          <label>
            <input type="radio" name="found" value="yes" /> {t.foundYes}
          </label>
          <label>
            <input type="radio" name="found" value="no" /> {t.foundNo}
          </label>
        </fieldset>
      ) : null}
      <ActionOutcome state={state} />
      <div className="button-row">
        <button className="button" type="submit" name="outcome" value="done" disabled={pending}>
          {pending ? t.saving : t.done}
        </button>
        <button className="button secondary" type="submit" name="outcome" value="failed" disabled={pending}>
          {t.failed}
        </button>
      </div>
    </form>
  );
}
