import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { approveErasureAction } from "./fulfilment-actions";
import { ERASURE_ACTION_WORDS } from "./fulfilment-copy";
import { PackageReview } from "./fulfilment-review";

/** The package review gate: counts for everyone; the records (audited) for those who may review. */
export function PackageGate({ v }: { v: FulfilmentView }) {
  const pkg = v.package;
  return (
    <div className="gate" aria-labelledby="h-gate-package" data-testid="gate-review-package">
      <h3 id="h-gate-package">Review package</h3>
      {pkg ? (
        <table className="steps counts" aria-label="Records in the package">
          <thead>
            <tr>
              <th scope="col">Record set</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {pkg.sets.map((s) => (
              <tr key={s.name}>
                <td>{s.name}</td>
                <td>{s.records}</td>
              </tr>
            ))}
            <tr className="total">
              <td>Total</td>
              <td>{pkg.totalRecords}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">The package is not built yet.</p>
      )}
      {v.may.review ? (
        <PackageReview requestId={v.requestId} canPreview={v.may.viewSubject} />
      ) : (
        <p className="muted">Waiting for an agent or the DPO to review and approve the package.</p>
      )}
    </div>
  );
}

/** The erasure plan per system and table, with the DPO's approval while it waits for it. */
export function ErasurePlan({ v }: { v: FulfilmentView }) {
  const plan = v.erasurePlan ?? [];
  const waiting = v.gate?.operation === "approve_erasure";
  if (plan.length === 0 || (!waiting && !plan.some((s) => s.known))) return null;
  return (
    <div className="gate" aria-labelledby="h-gate-erasure" data-testid="erasure-plan">
      <h3 id="h-gate-erasure">Erasure plan</h3>
      <table className="steps plan">
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Action</th>
            <th scope="col">Rows</th>
            <th scope="col">Fields</th>
            <th scope="col">Exemption and reason</th>
          </tr>
        </thead>
        {plan.map((sys) => (
          <tbody key={sys.systemId} data-system={sys.systemName}>
            <tr className="system-row">
              <th scope="rowgroup" colSpan={5}>
                {sys.systemName}
              </th>
            </tr>
            {!sys.known ? (
              <tr>
                <td colSpan={5} className="muted">
                  Discovery has not finished in this system.
                </td>
              </tr>
            ) : sys.actions.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  Nothing about the subject found.
                </td>
              </tr>
            ) : (
              sys.actions.map((a) => (
                <tr key={a.table} data-table={a.table} data-action={a.action} className={`act-${a.action}`}>
                  <td>{a.table}</td>
                  <td className="action">{ERASURE_ACTION_WORDS[a.action]}</td>
                  <td>{a.rows}</td>
                  <td className="fields">{(a.fields ?? []).join(", ")}</td>
                  <td>
                    {a.action === "retain" ? (
                      <span>
                        <strong>{a.exemption}</strong>
                        {a.reason ? ` — ${a.reason}` : ""}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
      {waiting ? (
        v.may.approveErasure ? (
          <ActionForm
            action={approveErasureAction}
            submitLabel="Approve erasure"
            pendingLabel="Approving…"
            danger
            confirm="Every system erases as planned above; this cannot be undone. Rows kept under an exemption stay, with only the fields listed cleared. Approve?"
            label="Approve the erasure plan"
          >
            <input type="hidden" name="requestId" value={v.requestId} />
            <div className="compact-field">
              <label htmlFor="erasure-note">Note for the record (optional)</label>
              <input id="erasure-note" name="note" type="text" maxLength={2000} />
            </div>
          </ActionForm>
        ) : (
          <p className="muted" data-testid="erasure-awaiting-dpo">
            Waiting for the DPO&apos;s approval. Only a DPO or an administrator can approve an erasure; to erase less,
            the DPO refuses in part with reasons.
          </p>
        )
      ) : v.erasureApproval ? (
        <p className="muted">
          Approved by {v.erasureApproval.by ?? "someone"}
          {v.erasureApproval.at ? ` on ${formatInstant(v.erasureApproval.at)}` : ""}
          {v.erasureApproval.note ? ` — ${v.erasureApproval.note}` : ""}.
        </p>
      ) : null}
    </div>
  );
}
