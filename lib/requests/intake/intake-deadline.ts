import { computeDeadline, localDateOf, type DeadlineResult } from "@/lib/domain/deadline";
import type { RequestType } from "@/lib/domain/vocabulary";

type IntakeDeadlineInput = {
  jurisdiction: string;
  controller: string;
  timeZone: string;
  receivedAt: Date;
  requestType: RequestType;
  identityReceivedAt?: Date;
};

const MAX_ENTRIES = 512;
const deadlines = new Map<string, DeadlineResult>();
const todays = new Map<string, string>();

/** Every time zone's offset is a whole number of minutes, so a local date never changes within a UTC minute. */
const minute = (d: Date | undefined) => (d ? Math.floor(d.getTime() / 60_000) : "");

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * computeDeadline for an intake (no pauses, no extension), remembered per UTC minute of its instants: the
 * result depends only on their local dates, and a crowd of intakes asks the same question over and over
 * (it cost ~0.15 ms of the web's CPU per intake, the largest part of the intake's own work in Node). The
 * result is shared between intakes: frozen (shallowly), and no caller changes it.
 */
export function intakeDeadline(input: IntakeDeadlineInput): DeadlineResult {
  const key = [
    input.jurisdiction,
    input.controller,
    input.timeZone,
    input.requestType,
    minute(input.receivedAt),
    minute(input.identityReceivedAt),
  ].join("|");
  return remember(deadlines, key, () => Object.freeze(computeDeadline(input)));
}

/** Today's local date in `timeZone` at `now` (remembered per UTC minute, as above). */
export function localToday(now: Date, timeZone: string): string {
  return remember(todays, `${timeZone}|${minute(now)}`, () => localDateOf(now, timeZone));
}
