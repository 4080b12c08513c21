import { remember } from "../bounded-memo";
import { localDateOf, type LocalDate } from "./local-date";

const todays = new Map<string, LocalDate>();

/**
 * Today's local date in `timeZone` at `now`, worked out once per zone and UTC minute (Intl's formatToParts
 * costs ~4 µs; the intake and the queue ask it per request and per row): every zone's offset is a whole
 * number of minutes, so a local date never changes within a UTC minute.
 */
export function localToday(now: Date, timeZone: string): LocalDate {
  return remember(todays, `${timeZone}|${Math.floor(now.getTime() / 60_000)}`, () => localDateOf(now, timeZone), 512);
}
