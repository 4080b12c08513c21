import { computeDeadline, type DeadlineResult } from ".";
import { requestController } from "./today-for-request";

export interface ClockEvent {
  kind: string; // pause | resume | extend
  at: Date;
}

/** Pause spans from a request's clock events: each pause runs to the next resume, or is still open. */
export function pausesFromClockEvents(events: ClockEvent[]): { from: Date; to: Date | null }[] {
  const spans: { from: Date; to: Date | null }[] = [];
  let open: Date | null = null;
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (e.kind === "pause" && !open) open = e.at;
    if (e.kind === "resume" && open) {
      spans.push({ from: open, to: e.at });
      open = null;
    }
  }
  if (open) spans.push({ from: open, to: null });
  return spans;
}

/**
 * The request's deadline as the law computes it today, from its regime (residence), the controller's
 * calendar, its receipt, extension and clock stops. A still-open pause counts up to `asOf`.
 */
export function requestDeadline(params: {
  /** The requester's residence: picks the regime. */
  jurisdiction: string;
  /** The controller's establishment and time zone recorded on the request (null: legacy row, see requestController). */
  controllerCountry: string | null;
  controllerTimeZone: string | null;
  receivedAt: Date;
  extended: boolean;
  clockEvents: ClockEvent[];
  asOf?: Date;
  /** The request's type (opt-outs have their own clock, opt-out.ts). */
  type?: string;
  /** When the identity information asked for (the verification sent) was received: starts the UK clock. */
  identityReceivedAt?: Date | null;
}): DeadlineResult {
  const controller = requestController(params);
  return computeDeadline({
    jurisdiction: params.jurisdiction,
    controller: controller.country,
    timeZone: controller.timeZone,
    receivedAt: params.receivedAt,
    extended: params.extended,
    pauses: pausesFromClockEvents(params.clockEvents),
    asOf: params.asOf ?? new Date(),
    requestType: params.type,
    identityReceivedAt: params.identityReceivedAt ?? null,
  });
}
