import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { currentStaffWords } from "../../components/staff-words";
import { liftRestrictionAction, retryFailedAction } from "./fulfilment-actions";

/** Failed steps with their error, and Retry for those who may. */
export async function Failures({ v }: { v: FulfilmentView }) {
  if (v.failed.length === 0) return null;
  const words = await currentStaffWords();
  const t = words.gates.failures;
  return (
    <div className="failure" role="alert" data-testid="fulfilment-failed">
      <strong>{v.failed.length === 1 ? t.headOne : fill(t.headMany, { n: v.failed.length })}</strong>
      <ul>
        {v.failed.map((s) => (
          <li key={s.id}>
            {s.systemName ? `${s.systemName} — ` : ""}
            {fill(s.attempts === 1 ? t.afterOne : t.afterMany, {
              step: lookup(words.fulfilment.steps, s.operation, s.operation.replaceAll("_", " ")),
              n: s.attempts,
            })}{" "}
            <span className="step-error">{s.lastError ?? t.noError}</span>
          </li>
        ))}
      </ul>
      {v.may.retry ? (
        <ActionForm
          action={retryFailedAction}
          submitLabel={t.retry}
          pendingLabel={t.retrying}
          label={t.retry}
          className="action-form inline-actions"
        >
          <input type="hidden" name="requestId" value={v.requestId} />
          <span className="muted small">{t.retryHint}</span>
        </ActionForm>
      ) : null}
    </div>
  );
}

/** Ending a restriction (Art. 18(3)), once its plan has run. */
export async function Lift({ v }: { v: FulfilmentView }) {
  if (!v.lift.possible || !v.may.lift) return null;
  const t = (await currentStaffWords()).gates.lift;
  return (
    <div className="gate" aria-labelledby="h-lift" data-testid="lift-restriction">
      <h3 id="h-lift">{t.title}</h3>
      <ActionForm
        action={liftRestrictionAction}
        submitLabel={t.submit}
        pendingLabel={t.pending}
        danger
        confirm={t.confirm}
        label={t.title}
      >
        <input type="hidden" name="requestId" value={v.requestId} />
        <div className="compact-field">
          <label htmlFor="lift-reason">{t.reason}</label>
          <textarea id="lift-reason" name="reason" required minLength={10} maxLength={2000} />
        </div>
      </ActionForm>
    </div>
  );
}
