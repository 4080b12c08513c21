import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { approveChangesAction } from "./fulfilment-actions";

/** The rectification gate: the subject's proposals beside the current values, per-field approve or amend. */
export function ChangesGate({ v }: { v: FulfilmentView }) {
  const rect = v.rectification;
  if (!rect) {
    return (
      <div className="gate" aria-labelledby="h-gate-changes" data-testid="gate-approve-changes">
        <h3 id="h-gate-changes">Approve changes</h3>
        <p className="muted">
          Waiting for an agent or the DPO to compare the proposed corrections with the current values and approve them.
        </p>
      </div>
    );
  }
  const label = (f: (typeof rect.fields)[number]) => `${f.systemName} · ${f.table}.${f.field}`;
  const current = (f: (typeof rect.fields)[number]) => f.current.map((c) => (c === null ? "(empty)" : c)).join(" / ");
  // One row per proposal, and one spare row for a correction the subject did not word as a field.
  const rows = [...rect.rows, { proposedField: "", statedCurrent: null, proposedValue: "", target: "" }];
  return (
    <div className="gate" aria-labelledby="h-gate-changes" data-testid="gate-approve-changes">
      <h3 id="h-gate-changes">Approve changes</h3>
      <p className="muted small">
        The subject&apos;s proposals beside the values each system holds now. Choose the field each one corrects, amend
        the value if needed; leave “Not applied” to skip a row. An empty value clears the field. This view is recorded
        in the audit log.
      </p>
      <table className="steps current" aria-label="Current values in each system">
        <caption>Current values</caption>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {rect.fields.map((f) => (
            <tr key={f.key}>
              <td>{f.systemName}</td>
              <td>
                {f.table}.{f.field}
              </td>
              <td className="cell">{current(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionForm
        action={approveChangesAction}
        submitLabel="Approve changes"
        pendingLabel="Approving…"
        label="Approve the corrections"
      >
        <input type="hidden" name="requestId" value={v.requestId} />
        <table className="steps proposals">
          <colgroup>
            <col className="c-asks" />
            <col className="c-target" />
            <col className="c-value" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Subject asks</th>
              <th scope="col">Apply to</th>
              <th scope="col">New value</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid="change-row">
                <td>
                  {r.proposedField ? (
                    <>
                      <strong>{r.proposedField}</strong>
                      {r.statedCurrent ? (
                        <span className="muted"> (they say it is now “{r.statedCurrent}”)</span>
                      ) : null}{" "}
                      → “{r.proposedValue}”
                    </>
                  ) : (
                    <span className="muted">Another correction (optional)</span>
                  )}
                </td>
                <td>
                  <label className="sr-only" htmlFor={`target-${i}`}>
                    Field to correct for {r.proposedField || "another correction"}
                  </label>
                  <select id={`target-${i}`} name={`target.${i}`} defaultValue={r.target}>
                    <option value="">Not applied</option>
                    {rect.fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {label(f)} (now: {current(f)})
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="sr-only" htmlFor={`value-${i}`}>
                    New value for {r.proposedField || "another correction"}
                  </label>
                  <input
                    id={`value-${i}`}
                    name={`value.${i}`}
                    type="text"
                    maxLength={1000}
                    defaultValue={r.proposedValue}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ActionForm>
    </div>
  );
}
