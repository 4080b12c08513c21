import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { cancelLiftAction } from "./fulfilment-actions";

/** An instant as the controller's wall clock, with the zone named (the notice period is counted there). */
function inZone(d: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
  return `${text} (${timeZone})`;
}

/** A lift announced to the subject (Art. 18(3)) that has not run yet: when it will, and Cancel. */
export function LiftScheduled({ v }: { v: FulfilmentView }) {
  const s = v.lift.scheduled;
  if (!s) return null;
  const when = s.notBefore
    ? inZone(s.notBefore, s.timeZone)
    : s.liftOn
      ? `${s.liftOn} (${s.timeZone}), once the notice to the subject has left`
      : "once the notice to the subject has left";
  return (
    <div className="gate" aria-labelledby="h-lift-scheduled" data-testid="lift-scheduled">
      <h3 id="h-lift-scheduled">Lift scheduled for {when}</h3>
      <p className="muted small">
        The subject was told the date and may answer from their status page until then; their messages appear in the
        thread. Cancelling keeps the restriction in place.
      </p>
      {v.may.lift ? (
        <ActionForm
          action={cancelLiftAction}
          submitLabel="Cancel the lift"
          pendingLabel="Cancelling…"
          confirm="The restriction stays in place and no system lifts it. Continue?"
          label="Cancel the lift"
          className="action-form inline-actions"
        >
          <input type="hidden" name="requestId" value={v.requestId} />
        </ActionForm>
      ) : null}
    </div>
  );
}
