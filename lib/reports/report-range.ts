import { z } from "zod";

/** The reports' query string: a year for the metrics, a date range for the register (defaults: this year). */
export const reportRangeSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export function resolveRange(q: z.infer<typeof reportRangeSchema>, now = new Date()) {
  const year = q.year ?? now.getUTCFullYear();
  const from = q.from ?? `${now.getUTCFullYear()}-01-01`;
  const to = q.to ?? now.toISOString().slice(0, 10);
  return {
    year,
    yearFrom: new Date(Date.UTC(year, 0, 1)),
    yearTo: new Date(Date.UTC(year + 1, 0, 1)),
    from,
    to,
    fromDate: new Date(`${from}T00:00:00Z`),
    // The register's "to" day is included.
    toDate: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000),
  };
}
