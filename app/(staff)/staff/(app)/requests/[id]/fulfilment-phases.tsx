import type { FulfilmentView, PhaseStatus, StepView } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { localDateOf } from "@/lib/domain/deadline/local-date";
import { controllerProfile } from "@/lib/env";
import { lookup, type StaffMessages } from "@/lib/i18n/staff";
import { currentStaffWords } from "../../components/staff-words";
import { recipientsWords } from "@/lib/i18n/staff/recipients-words";
import { describeStep, labelOf, STATUS_WORDS } from "./fulfilment-copy";

type Words = StaffMessages["fulfilment"];
type ResultWords = StaffMessages["stepResults"];
import { ManualTaskForm } from "./fulfilment-task-form";

export function StatusBadge({ status, w }: { status: PhaseStatus | StepView["status"]; w: Words }) {
  // The class keeps the English word (the stylesheet's); the text is the member's language.
  const word = STATUS_WORDS[status];
  return (
    <span className={`badge st-${word}`}>
      {status === "running" ? <span className="spinner" aria-hidden="true" /> : null}
      {w.status[status]}
    </span>
  );
}

// A manual task's due day as the controller's calendar has it (the UTC day can be the day before or after).
const dateOf = (d: Date | null) => (d ? localDateOf(d, controllerProfile().timeZone) : "—");

function StepResult({ s, w, d }: { s: StepView; w: Words; d: ResultWords }) {
  if (s.status === "failed")
    return (
      <span className="step-error" data-testid="step-error">
        {s.lastError ?? w.failedStep}
      </span>
    );
  if (s.status === "running" && s.lastError)
    return <span className="muted">{fill(w.retrying, { error: s.lastError })}</span>;
  if (s.manualTask) return <span>{fill(w.taskFor, { name: s.assigneeName ?? w.theAssignee })}</span>;
  if (s.waitingForSystem)
    return <span className="muted">{fill(w.waitingForSystem, { system: s.systemName ?? w.theSystem })}</span>;
  if (s.status === "waiting" && s.operation === "lift_notice")
    return <span className="muted">{fill(w.noticeRunning, { result: describeStep(s.outcome, d) ?? "" })}</span>;
  if (s.status === "waiting")
    return (
      <span className="muted">
        {lookup(w.gates, s.operation, w.waitingDecision)}
        {/* Only a DPO or an admin approves an erasure plan: naming the request's agent would mislead. */}
        {s.operation === "approve_erasure"
          ? w.approvers
          : s.assigneeName
            ? fill(w.assignedTo, { name: s.assigneeName })
            : ""}
      </span>
    );
  if (s.status === "pending") return <span className="muted">{w.notStartedStep}</span>;
  return <span>{describeStep(s.outcome, d) ?? (s.status === "running" ? w.working : "")}</span>;
}

function ManualTask({ s, v, w }: { s: StepView; v: FulfilmentView; w: Words }) {
  return (
    <div className="task" data-testid="manual-task">
      <h4>{fill(w.manualTask, { system: s.systemName ?? "", operation: s.operation.replaceAll("_", " ") })}</h4>
      <dl className="facts">
        <dt>{w.instructions}</dt>
        <dd className="pre">{s.instructions ?? w.defaultInstructions}</dd>
        {s.changesToApply && s.changesToApply.length > 0 ? (
          <>
            <dt>{w.corrections}</dt>
            <dd>
              <ul data-testid="changes-to-apply">
                {s.changesToApply.map((c, i) => (
                  <li key={i}>
                    {c.field} → {c.value ?? w.clearValue}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{w.assignee}</dt>
        <dd>{s.assigneeName ?? w.assigneeNobody}</dd>
        <dt>{w.due}</dt>
        <dd>{dateOf(s.dueAt)}</dd>
      </dl>
      {v.may.task ? (
        <ManualTaskForm
          requestId={v.requestId}
          taskId={s.id}
          label={`${s.systemName ?? ""} ${s.operation.replaceAll("_", " ")}`}
          asksFound={v.requestType === "confirmation" && s.operation === "collect"}
        />
      ) : null}
    </div>
  );
}

/** The plan, position by position: each step's status and result, and the manual tasks waiting for a person. */
export async function Phases({ v }: { v: FulfilmentView }) {
  const words = await currentStaffWords();
  const w = words.fulfilment;
  const d = words.stepResults;
  const recipients = recipientsWords(words, v.regime);
  const stepLabel = (operation: string) =>
    operation === "notify_recipients" ? recipients.step : lookup(w.steps, operation, labelOf(operation));
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
            <strong>{stepLabel(ph.operation)}</strong> <StatusBadge status={ph.status} w={w} />
          </div>
          {ph.perSystem ? (
            <table className="steps per-system" aria-label={fill(w.perSystem, { step: stepLabel(ph.operation) })}>
              <colgroup>
                <col className="c-system" />
                <col className="c-status" />
                <col className="c-tries" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{w.columns.system}</th>
                  <th scope="col">{w.columns.status}</th>
                  <th scope="col">{w.columns.tries}</th>
                  <th scope="col">{w.columns.result}</th>
                </tr>
              </thead>
              <tbody>
                {ph.steps.map((s) => (
                  <tr key={s.id} data-step={s.operation} data-status={s.status}>
                    <td data-label={w.columns.system}>{s.systemName}</td>
                    <td data-label={w.columns.status}>
                      <StatusBadge status={s.status} w={w} />
                    </td>
                    <td data-label={w.columns.tries}>{s.attempts}</td>
                    <td data-label={w.columns.result}>
                      <StepResult s={s} w={w} d={d} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            ph.steps.map((s) => (
              <p key={s.id} className="step-line" data-step={s.operation} data-status={s.status}>
                <StepResult s={s} w={w} d={d} />
              </p>
            ))
          )}
          {ph.steps
            .filter((s) => s.manualTask)
            .map((s) => (
              <ManualTask key={s.id} s={s} v={v} w={w} />
            ))}
        </li>
      ))}
    </ol>
  );
}
