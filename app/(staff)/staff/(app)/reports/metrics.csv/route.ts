import { db } from "@/lib/db/client";
import { ccpaMetrics } from "@/lib/db/queries/reports";
import { controllerProfile } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { csvLine } from "@/lib/reports/csv";
import { reportRangeSchema, resolveRange } from "@/lib/reports/report-range";

export const dynamic = "force-dynamic";

/** GET /staff/reports/metrics.csv?year=YYYY — CCPA §7102 metrics per request type. */
export const GET = apiRoute(async (request: Request) => {
  await requireStaffFor("reports.view");
  const range = resolveRange(
    reportRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams)),
    new Date(),
    controllerProfile().timeZone,
  );
  const rows = await ccpaMetrics(db(), { from: range.yearFrom, to: range.yearTo });
  const body =
    csvLine([
      "year",
      "type",
      "received",
      "complied_in_whole_or_part",
      "denied",
      "median_days_to_respond",
      "mean_days_to_respond",
    ]) +
    rows
      .map((r) =>
        csvLine([
          range.year,
          r.type,
          r.received,
          r.compliedWholeOrPart,
          r.denied,
          r.medianDays?.toFixed(1),
          r.meanDays?.toFixed(1),
        ]),
      )
      .join("");
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dsr-metrics-${range.year}.csv"`,
      "cache-control": "no-store",
    },
  });
});
