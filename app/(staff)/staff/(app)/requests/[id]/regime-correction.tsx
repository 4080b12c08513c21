import { listJurisdictions } from "@/lib/domain/deadline";
import { ActionForm } from "../../components/action-form";
import { correctResidenceAction } from "./actions";

/**
 * Staff correct where the requester lives (hence their regime); the due dates are recomputed in the
 * controller's calendar in the same transaction, and the reason is audited.
 */
export function RegimeCorrection(p: { requestId: string; version: number; jurisdiction: string }) {
  return (
    <details>
      <summary>Correct the country or region of residence (regime)</summary>
      <ActionForm
        action={correctResidenceAction}
        submitLabel="Correct and recompute the deadline"
        pendingLabel="Saving…"
        label="Correct the requester's residence"
        confirm="This changes the law the request is answered under and its due date. Continue?"
      >
        <input type="hidden" name="requestId" value={p.requestId} />
        <input type="hidden" name="expectedVersion" value={p.version} />
        <div className="compact-field">
          <label htmlFor="correct-jurisdiction">Lives in</label>
          <select id="correct-jurisdiction" name="jurisdiction" defaultValue={p.jurisdiction}>
            {listJurisdictions().map((j) => (
              <option key={j.code} value={j.code}>
                {j.code} ({j.regime})
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor="correct-reason">Reason (recorded in the audit log)</label>
          <textarea id="correct-reason" name="reason" required minLength={10} maxLength={1000} />
        </div>
      </ActionForm>
    </details>
  );
}
