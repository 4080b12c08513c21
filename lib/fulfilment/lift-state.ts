/**
 * Where a restriction's lift stands, from its notice step: none started; announced and not yet run
 * (pending: staff may still call it off); cancelled by staff (a new lift may be started); or its notice
 * period over (done: the systems lift, or have lifted).
 */
export type LiftState = "none" | "pending" | "cancelled" | "done";

export function liftStateOf(tasks: readonly { operation: string; status: string }[]): LiftState {
  const notice = tasks.find((t) => t.operation === "lift_notice");
  if (!notice) return "none";
  if (notice.status === "skipped") return "cancelled";
  if (notice.status === "succeeded") return "done";
  return "pending";
}
