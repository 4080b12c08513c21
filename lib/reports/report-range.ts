import { z } from "zod";
import { addDays, localDateOf, startOfLocalDay } from "@/lib/domain/deadline";

/** The reports' query string: a year for the metrics, a date range for the register (defaults: this year). */
export const reportRangeSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/**
 * The instants the reports count between. Years and days are the controller's calendar (`timeZone`, its
 * configured zone, as the page labels them), never UTC's: a request received at 00:30 on 1 January in
 * Paris belongs to the new year's CCPA § 7102 metrics and to that day of the register.
 */
export function resolveRange(q: z.infer<typeof reportRangeSchema>, now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone);
  const thisYear = Number(today.slice(0, 4));
  const year = q.year ?? thisYear;
  const from = q.from ?? `${thisYear}-01-01`;
  const to = q.to ?? today;
  return {
    year,
    yearFrom: startOfLocalDay(`${year}-01-01`, timeZone),
    yearTo: startOfLocalDay(`${year + 1}-01-01`, timeZone),
    from,
    to,
    fromDate: startOfLocalDay(from, timeZone),
    // The register's "to" day is included.
    toDate: startOfLocalDay(addDays(to, 1), timeZone),
  };
}
