import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { liftRestrictionAction, retryFailedAction } from "./fulfilment-actions";

/** Failed steps with their error, and Retry for those who may. */
export function Failures({ v }: { v: FulfilmentView }) {
  if (v.failed.length === 0) return null;
  return (
    <div className="failure" role="alert" data-testid="fulfilment-failed">
      <strong>
        {v.failed.length} step{v.failed.length === 1 ? "" : "s"} failed; the plan waits until{" "}
        {v.failed.length === 1 ? "it is" : "they are"} retried.
      </strong>
      <ul>
        {v.failed.map((s) => (
          <li key={s.id}>
            {s.systemName ? `${s.systemName} — ` : ""}
            {s.operation.replaceAll("_", " ")} (after {s.attempts} tr
            {s.attempts === 1 ? "y" : "ies"}): <span className="step-error">{s.lastError ?? "no error recorded"}</span>
          </li>
        ))}
      </ul>
      {v.may.retry ? (
        <ActionForm
          action={retryFailedAction}
          submitLabel="Retry failed steps"
          pendingLabel="Retrying…"
          label="Retry failed steps"
          className="action-form inline-actions"
        >
          <input type="hidden" name="requestId" value={v.requestId} />
          <span className="muted small">
            Only the failed steps run again; fix the cause first (or disable the system to skip it).
          </span>
        </ActionForm>
      ) : null}
    </div>
  );
}

/** Ending a restriction (Art. 18(3)), once its plan has run. */
export function Lift({ v }: { v: FulfilmentView }) {
  if (!v.lift.possible || !v.may.lift) return null;
  return (
    <div className="gate" aria-labelledby="h-lift" data-testid="lift-restriction">
      <h3 id="h-lift">Lift the restriction</h3>
      <ActionForm
        action={liftRestrictionAction}
        submitLabel="Lift restriction"
        pendingLabel="Lifting…"
        danger
        confirm="The subject is mailed the reason first (Art. 18(3)); then every system that restricted the data lifts the restriction. Continue?"
        label="Lift the restriction"
      >
        <input type="hidden" name="requestId" value={v.requestId} />
        <div className="compact-field">
          <label htmlFor="lift-reason">Why the restriction ends (mailed to the subject)</label>
          <textarea id="lift-reason" name="reason" required minLength={10} maxLength={2000} />
        </div>
      </ActionForm>
    </div>
  );
}
