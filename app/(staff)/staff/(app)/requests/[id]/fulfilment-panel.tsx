import type { StaffSession } from "@/lib/auth/session";
import { recordFulfilmentDataViewed } from "@/lib/fulfilment/view/record-fulfilment-data-viewed";
import { fulfilmentView } from "@/lib/fulfilment/view/workspace-view";
import { FulfilmentLive } from "./fulfilment-live";
import { ChangesGate } from "./fulfilment-changes-gate";
import { labelOf, noPlanText } from "./fulfilment-copy";
import { Failures, Lift } from "./fulfilment-failures";
import { LiftScheduled } from "./fulfilment-lift";
import { ErasurePlan, PackageGate } from "./fulfilment-gates";
import { Phases } from "./fulfilment-phases";
import { RecipientNotices } from "./fulfilment-notices";
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
  return (
    <section className="panel fulfilment" aria-labelledby="h-fulfilment" data-testid="fulfilment-panel">
      <div className="fulfilment-head">
        <h2 id="h-fulfilment">Fulfilment</h2>
        {v.progress ? (
          <span className="progress" data-testid="fulfilment-progress">
            {v.progress.finished
              ? `All ${v.progress.total} steps finished`
              : `Step ${v.progress.current} of ${v.progress.total}: ${labelOf(v.progress.operation ?? "")}`}
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
          <LiftScheduled v={v} />
          <Phases v={v} />
          <RecipientNotices requestId={v.requestId} mayAct={v.may.task} />
          {/* Once decided, the plan stays below the steps, for the record. */}
          {v.gate?.operation !== "approve_erasure" ? <ErasurePlan v={v} /> : null}
        </>
      )}
    </section>
  );
}
