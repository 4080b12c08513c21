import type { StaffSession } from "@/lib/auth/session";
import { recordFulfilmentDataViewed } from "@/lib/fulfilment/view/record-fulfilment-data-viewed";
import { fulfilmentView } from "@/lib/fulfilment/view/workspace-view";
import { FulfilmentLive } from "./fulfilment-live";
import { ChangesGate } from "./fulfilment-changes-gate";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { currentStaffWords } from "../../components/staff-words";
import { Failures, Lift } from "./fulfilment-failures";
import { LiftScheduled } from "./fulfilment-lift";
import { ErasurePlan, PackageGate } from "./fulfilment-gates";
import { Phases } from "./fulfilment-phases";
import { RecipientNotices } from "./fulfilment-notices";
import { objectionHint } from "@/lib/i18n/staff/objection-hint";
import { recipientsWords } from "@/lib/i18n/staff/recipients-words";
import "./fulfilment.css";
import "./fulfilment-gates.css";

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
  // Rendering the rectification values shows subject data: the view is recorded before they are shown.
  if (v.rectification)
    await recordFulfilmentDataViewed({
      requestId,
      staffId: staff.id,
      part: "rectification_values",
      rectification: v.rectification,
    });
  // So are a person's notes on manual tasks and the approved values to type in by hand.
  const steps = v.phases.flatMap((phase) => phase.steps);
  const notes = steps.filter((step) => step.outcome.kind === "done_by_hand" && step.outcome.note).length;
  const changes = steps.filter((step) => step.changesToApply?.length).length;
  if (notes + changes > 0)
    await recordFulfilmentDataViewed({ requestId, staffId: staff.id, part: "task_values", notes, changes });
  const c = v.counts;
  const words = await currentStaffWords();
  const w = words.fulfilment;
  const operation = v.progress?.operation ?? "";
  const noPlan = v.planning
    ? w.planning
    : v.requestStatus === "unverified" || v.requestStatus === "new"
      ? w.notStarted
      : v.requestStatus === "withdrawn" || v.requestStatus === "rejected"
        ? w.closedBeforeWork[v.requestStatus]
        : v.requestType === "objection"
          ? objectionHint(words, v.regime)
          : w.noSteps;
  return (
    <section className="panel fulfilment" aria-labelledby="h-fulfilment" data-testid="fulfilment-panel">
      <div className="fulfilment-head">
        <h2 id="h-fulfilment">{w.title}</h2>
        {v.progress ? (
          <span className="progress" data-testid="fulfilment-progress">
            {v.progress.finished
              ? fill(w.allFinished, { total: v.progress.total })
              : fill(w.stepOf, {
                  current: v.progress.current,
                  total: v.progress.total,
                  step:
                    operation === "notify_recipients"
                      ? recipientsWords(words, v.regime).step
                      : lookup(w.steps, operation, operation.replaceAll("_", " ")),
                })}
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
        <p className="muted">{noPlan}</p>
      ) : (
        <>
          <p className="muted small counts-line" data-testid="fulfilment-counts">
            {fill(c.total === 1 ? w.countsOne : w.countsTotal, { total: c.total, done: c.succeeded })}
            {c.running ? fill(w.running, { n: c.running }) : ""}
            {c.pending ? fill(w.queued, { n: c.pending }) : ""}
            {c.waiting ? fill(w.waiting, { n: c.waiting }) : ""}
            {c.failed ? fill(w.failed, { n: c.failed }) : ""}
            {c.skipped ? fill(w.skipped, { n: c.skipped }) : ""}
          </p>
          <Failures v={v} />
          {v.gate?.operation === "review_package" ? <PackageGate v={v} /> : null}
          {v.gate?.operation === "approve_erasure" ? <ErasurePlan v={v} /> : null}
          {v.gate?.operation === "approve_changes" ? <ChangesGate v={v} /> : null}
          <Lift v={v} />
          <LiftScheduled v={v} />
          <Phases v={v} />
          <RecipientNotices requestId={v.requestId} regime={v.regime} mayAct={v.may.task} />
          {/* Once decided, the plan stays below the steps, for the record. */}
          {v.gate?.operation !== "approve_erasure" ? <ErasurePlan v={v} /> : null}
        </>
      )}
    </section>
  );
}
