import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../../components/action-form";
import { currentStaffWords } from "../../components/staff-words";
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
export async function LiftScheduled({ v }: { v: FulfilmentView }) {
  const s = v.lift.scheduled;
  if (!s) return null;
  const t = (await currentStaffWords()).gates.lift;
  const when = s.notBefore
    ? inZone(s.notBefore, s.timeZone)
    : s.liftOn
      ? fill(t.dateOnceNoticeLeft, { date: s.liftOn, zone: s.timeZone })
      : t.onceNoticeLeft;
  return (
    <div className="gate" aria-labelledby="h-lift-scheduled" data-testid="lift-scheduled">
      <h3 id="h-lift-scheduled">{fill(t.scheduledTitle, { when })}</h3>
      <p className="muted small">{t.scheduledHint}</p>
      {v.may.lift ? (
        <ActionForm
          action={cancelLiftAction}
          submitLabel={t.cancel}
          pendingLabel={t.cancelling}
          confirm={t.cancelConfirm}
          label={t.cancel}
          className="action-form inline-actions"
        >
          <input type="hidden" name="requestId" value={v.requestId} />
        </ActionForm>
      ) : null}
    </div>
  );
}
