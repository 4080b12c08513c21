import { can } from "@/lib/auth/policy";
import { controllerProfile } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { registerCsvStream } from "@/lib/reports/register-csv";
import { reportRangeSchema, resolveRange } from "@/lib/reports/report-range";

export const dynamic = "force-dynamic";

/** GET /staff/reports/register.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — streamed, any size. */
export const GET = apiRoute(async (request: Request) => {
  const staff = await requireStaffFor("reports.view");
  const timeZone = controllerProfile().timeZone;
  const range = resolveRange(
    reportRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams)),
    new Date(),
    timeZone,
  );
  return new Response(
    registerCsvStream({
      from: range.fromDate,
      to: range.toDate,
      timeZone,
      // The refusal's own words, for roles that see subject data only (not managers: QA F12).
      refusalText: can(staff, "request.view_subject"),
    }),
    {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="dsr-register-${range.from}-to-${range.to}.csv"`,
        "cache-control": "no-store",
      },
    },
  );
});
