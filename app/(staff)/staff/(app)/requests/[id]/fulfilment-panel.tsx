import type { StaffSession } from "@/lib/auth/session";
import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import {
  fulfilmentView,
  type FulfilmentView,
  type PhaseStatus,
  type StepView,
} from "@/lib/fulfilment/view/workspace-view";
import { ActionForm } from "../../components/action-form";
import {
  approveChangesAction,
  approveErasureAction,
  liftRestrictionAction,
  retryFailedAction,
} from "./fulfilment-actions";
import { FulfilmentLive } from "./fulfilment-live";
import { PackageReview } from "./fulfilment-review";
import { ManualTaskForm } from "./fulfilment-task-form";
import "./fulfilment.css";

const STATUS_WORDS: Record<PhaseStatus | StepView["status"], string> = {
  pending: "queued",
  running: "running",
  waiting: "waiting",
  failed: "failed",
  done: "done",
  succeeded: "done",
  skipped: "skipped",
};

const GATE_WAITING: Record<string, string> = {
  review_package: "Waiting for staff to review the package",
  approve_erasure: "Waiting for the DPO to approve the plan",
  approve_changes: "Waiting for staff to approve the changes",
};

const ACTION_WORDS = {
  delete: "Delete",
  anonymise: "Anonymise",
  retain: "Keep (exemption)",
} as const;

function StatusBadge({ status }: { status: PhaseStatus | StepView["status"] }) {
  const word = STATUS_WORDS[status];
  return (
    <span className={`badge st-${word}`}>
      {status === "running" ? <span className="spinner" aria-hidden="true" /> : null}
      {word}
    </span>
  );
}

function noPlanText(v: FulfilmentView): string {
  if (v.planning) return "Planning the fulfilment steps…";
  if (v.requestStatus === "unverified" || v.requestStatus === "new")
    return "Fulfilment starts when someone starts work on this request.";
  if (v.requestType === "objection")
    return "No automatic steps: this objection is not about direct marketing, so the DPO weighs it (Art. 21(1)) and closes the request by hand.";
  return "No fulfilment steps were planned for this request (no enabled system could act on it).";
}

const dateOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

function StepResult({ s }: { s: StepView }) {
  if (s.status === "failed")
    return (
      <span className="step-error" data-testid="step-error">
        {s.lastError ?? "Failed."}
      </span>
    );
  if (s.status === "running" && s.lastError) return <span className="muted">Retrying after: {s.lastError}</span>;
  if (s.manualTask) return <span>Task for {s.assigneeName ?? "the request's assignee"}</span>;
  if (s.waitingForSystem) return <span className="muted">Waiting for {s.systemName ?? "the system"} to answer</span>;
  if (s.status === "waiting")
    return (
      <span className="muted">
        {GATE_WAITING[s.operation] ?? "Waiting for a decision"}
        {s.assigneeName ? ` (assigned to ${s.assigneeName})` : ""}
      </span>
    );
  if (s.status === "pending") return <span className="muted">Not started</span>;
  return <span>{s.summary ?? (s.status === "running" ? "Working…" : "")}</span>;
}

function ManualTask({ s, v }: { s: StepView; v: FulfilmentView }) {
  return (
    <div className="task" data-testid="manual-task">
      <h4>
        Manual task: {s.systemName} — {s.operation.replaceAll("_", " ")}
      </h4>
      <dl className="facts">
        <dt>Instructions</dt>
        <dd className="pre">{s.instructions ?? "Do this step by hand, then record what you did."}</dd>
        {s.changesToApply && s.changesToApply.length > 0 ? (
          <>
            <dt>Corrections to apply</dt>
            <dd>
              <ul data-testid="changes-to-apply">
                {s.changesToApply.map((c, i) => (
                  <li key={i}>
                    {c.field} → {c.value ?? "(clear the value)"}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Assignee</dt>
        <dd>{s.assigneeName ?? "the request's assignee (nobody yet)"}</dd>
        <dt>Due</dt>
        <dd>{dateOf(s.dueAt)}</dd>
      </dl>
      {v.may.task ? (
        <ManualTaskForm
          requestId={v.requestId}
          taskId={s.id}
          label={`${s.systemName ?? ""} ${s.operation.replaceAll("_", " ")}`}
        />
      ) : null}
    </div>
  );
}

function Phases({ v }: { v: FulfilmentView }) {
  return (
    <ol className="phases">
      {v.phases.map((ph, i) => (
        <li
          key={ph.position}
          className={`phase ph-${ph.status}`}
          data-operation={ph.operation}
          aria-current={v.progress && !v.progress.finished && v.progress.current === i + 1 ? "step" : undefined}
        >
          <div className="phase-head">
            <span className="phase-no" aria-hidden="true">
              {i + 1}
            </span>
            <strong>{ph.label}</strong> <StatusBadge status={ph.status} />
          </div>
          {ph.perSystem ? (
            <table className="steps per-system" aria-label={`${ph.label}: per system`}>
              <colgroup>
                <col className="c-system" />
                <col className="c-status" />
                <col className="c-tries" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">System</th>
                  <th scope="col">Status</th>
                  <th scope="col">Tries</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {ph.steps.map((s) => (
                  <tr key={s.id} data-step={s.operation} data-status={s.status}>
                    <td>{s.systemName}</td>
                    <td>
                      <StatusBadge status={s.status} />
                    </td>
                    <td>{s.attempts}</td>
                    <td>
                      <StepResult s={s} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            ph.steps.map((s) => (
              <p key={s.id} className="step-line" data-step={s.operation} data-status={s.status}>
                <StepResult s={s} />
              </p>
            ))
          )}
          {ph.steps
            .filter((s) => s.manualTask)
            .map((s) => (
              <ManualTask key={s.id} s={s} v={v} />
            ))}
        </li>
      ))}
    </ol>
  );
}

function Failures({ v }: { v: FulfilmentView }) {
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

function PackageGate({ v }: { v: FulfilmentView }) {
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

function ErasurePlan({ v }: { v: FulfilmentView }) {
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
                  <td className="action">{ACTION_WORDS[a.action]}</td>
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

function ChangesGate({ v }: { v: FulfilmentView }) {
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

function Lift({ v }: { v: FulfilmentView }) {
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

/** The request's fulfilment: steps per position and system, live while they run, and the decisions waiting for a person. */
export async function FulfilmentPanel({
  requestId,
  staff,
  shownVersion,
}: {
  requestId: string;
  staff: Pick<StaffSession, "id" | "role">;
  shownVersion?: number;
}) {
  const v = await fulfilmentView(requestId, staff, { shownVersion });
  if (!v) return null;
  const c = v.counts;
  return (
    <section className="panel fulfilment" aria-labelledby="h-fulfilment" data-testid="fulfilment-panel">
      <div className="fulfilment-head">
        <h2 id="h-fulfilment">Fulfilment</h2>
        {v.progress ? (
          <span className="progress" data-testid="fulfilment-progress">
            {v.progress.finished
              ? `All ${v.progress.total} steps finished`
              : `Step ${v.progress.current} of ${v.progress.total}: ${v.progress.label}`}
          </span>
        ) : null}
        <FulfilmentLive
          requestId={v.requestId}
          signature={v.signature}
          live={v.live}
          slow={!v.live && v.waitingOnSystems}
        />
      </div>
      {v.phases.length === 0 ? (
        <p className="muted">{noPlanText(v)}</p>
      ) : (
        <>
          <p className="muted small counts-line" data-testid="fulfilment-counts">
            {c.total} task{c.total === 1 ? "" : "s"} (one per step and system): {c.succeeded} done
            {c.running ? `, ${c.running} running` : ""}
            {c.pending ? `, ${c.pending} queued` : ""}
            {c.waiting ? `, ${c.waiting} waiting` : ""}
            {c.failed ? `, ${c.failed} failed` : ""}
            {c.skipped ? `, ${c.skipped} skipped` : ""}
          </p>
          <Failures v={v} />
          {v.gate?.operation === "review_package" ? <PackageGate v={v} /> : null}
          {v.gate?.operation === "approve_erasure" ? <ErasurePlan v={v} /> : null}
          {v.gate?.operation === "approve_changes" ? <ChangesGate v={v} /> : null}
          <Lift v={v} />
          <Phases v={v} />
          {/* Once decided, the plan stays below the steps, for the record. */}
          {v.gate?.operation !== "approve_erasure" ? <ErasurePlan v={v} /> : null}
        </>
      )}
    </section>
  );
}
