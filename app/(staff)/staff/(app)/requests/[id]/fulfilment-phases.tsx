import type { FulfilmentView, PhaseStatus, StepView } from "@/lib/fulfilment/view/types";
import { describeStep, GATE_WAITING, labelOf, STATUS_WORDS } from "./fulfilment-copy";
import { ManualTaskForm } from "./fulfilment-task-form";

export function StatusBadge({ status }: { status: PhaseStatus | StepView["status"] }) {
  const word = STATUS_WORDS[status];
  return (
    <span className={`badge st-${word}`}>
      {status === "running" ? <span className="spinner" aria-hidden="true" /> : null}
      {word}
    </span>
  );
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
  if (s.status === "waiting" && s.operation === "lift_notice")
    return <span className="muted">{describeStep(s.outcome)}; notice period running</span>;
  if (s.status === "waiting")
    return (
      <span className="muted">
        {GATE_WAITING[s.operation] ?? "Waiting for a decision"}
        {s.assigneeName ? ` (assigned to ${s.assigneeName})` : ""}
      </span>
    );
  if (s.status === "pending") return <span className="muted">Not started</span>;
  return <span>{describeStep(s.outcome) ?? (s.status === "running" ? "Working…" : "")}</span>;
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

/** The plan, position by position: each step's status and result, and the manual tasks waiting for a person. */
export function Phases({ v }: { v: FulfilmentView }) {
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
            <strong>{labelOf(ph.operation)}</strong> <StatusBadge status={ph.status} />
          </div>
          {ph.perSystem ? (
            <table className="steps per-system" aria-label={`${labelOf(ph.operation)}: per system`}>
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
