import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../../components/action-form";
import { currentStaffWords } from "../../components/staff-words";
import { approveChangesAction } from "./fulfilment-actions";

/** The rectification gate: the subject's proposals beside the current values, per-field approve or amend. */
export async function ChangesGate({ v }: { v: FulfilmentView }) {
  const rect = v.rectification;
  const t = (await currentStaffWords()).gates.changes;
  if (!rect) {
    return (
      <div className="gate" aria-labelledby="h-gate-changes" data-testid="gate-approve-changes">
        <h3 id="h-gate-changes">{t.title}</h3>
        <p className="muted">{t.waiting}</p>
      </div>
    );
  }
  // A native select shows its chosen option on one line: "table.field · system (now: …)" was cut on a phone.
  // The option is the field alone, grouped under its system (the current values are in the table above).
  const bySystem = new Map<string, (typeof rect.fields)[number][]>();
  for (const f of rect.fields) bySystem.set(f.systemName, [...(bySystem.get(f.systemName) ?? []), f]);
  const systems = [...bySystem];
  const current = (f: (typeof rect.fields)[number]) => f.current.map((c) => (c === null ? t.empty : c)).join(" / ");
  // One row per proposal, and one spare row for a correction the subject did not word as a field.
  const rows = [...rect.rows, { proposedField: "", statedCurrent: null, proposedValue: "", target: "" }];
  return (
    <div className="gate" aria-labelledby="h-gate-changes" data-testid="gate-approve-changes">
      <h3 id="h-gate-changes">{t.title}</h3>
      <p className="muted small">{t.hint}</p>
      <table className="steps current" aria-label={t.currentLabel}>
        <caption>{t.current}</caption>
        <thead>
          <tr>
            <th scope="col">{t.system}</th>
            <th scope="col">{t.field}</th>
            <th scope="col">{t.now}</th>
          </tr>
        </thead>
        <tbody>
          {rect.fields.map((f) => (
            <tr key={f.key}>
              <td data-label={t.system}>{f.systemName}</td>
              <td data-label={t.field}>
                {f.table}.{f.field}
              </td>
              <td className="cell" data-label={t.now}>
                {current(f)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionForm
        action={approveChangesAction}
        submitLabel={t.approve}
        pendingLabel={t.approving}
        label={t.approveLabel}
        announce
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
              <th scope="col">{t.asks}</th>
              <th scope="col">{t.applyTo}</th>
              <th scope="col">{t.newValue}</th>
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
                        <span className="muted">{fill(t.theySay, { value: r.statedCurrent })}</span>
                      ) : null}{" "}
                      → “{r.proposedValue}”
                    </>
                  ) : (
                    <span className="muted">{t.another}</span>
                  )}
                </td>
                <td data-label={t.applyTo}>
                  <label className="sr-only" htmlFor={`target-${i}`}>
                    {fill(t.fieldFor, { field: r.proposedField || t.anotherLower })}
                  </label>
                  <select id={`target-${i}`} name={`target.${i}`} defaultValue={r.target}>
                    <option value="">{t.notApplied}</option>
                    {systems.map(([system, fields]) => (
                      <optgroup key={system} label={system}>
                        {fields.map((f) => (
                          <option key={f.key} value={f.key}>
                            {f.table}.{f.field}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td data-label={t.newValue}>
                  <label className="sr-only" htmlFor={`value-${i}`}>
                    {fill(t.valueFor, { field: r.proposedField || t.anotherLower })}
                  </label>
                  <input
                    id={`value-${i}`}
                    name={`value.${i}`}
                    type="text"
                    maxLength={1000}
                    defaultValue={r.proposedValue}
                  />
                  {r.proposedField ? (
                    <>
                      <input type="hidden" name={`asked.${i}`} value={r.proposedField} />
                      <label className="small muted decline-reason" htmlFor={`reason-${i}`}>
                        {t.declineReason}
                      </label>
                      <input id={`reason-${i}`} name={`reason.${i}`} type="text" maxLength={1000} />
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ActionForm>
    </div>
  );
}
