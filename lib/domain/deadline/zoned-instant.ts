import { offsetMs } from "./local-date";

/**
 * An instant as ISO 8601 wall-clock time in `timeZone` with its offset ("2026-11-30T10:15:00+01:00"): what a
 * controller's staff read in their own time, and still one exact instant for a spreadsheet or a regulator.
 */
export function isoInZone(instant: Date, timeZone: string): string {
  const offset = offsetMs(instant, timeZone);
  const wall = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? "-" : "+";
  return `${wall}${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
