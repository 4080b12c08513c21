import { can } from "@/lib/auth/policy";
import { currentStaff } from "@/lib/auth/session";
import { apiRoute, errorResponse } from "@/lib/http/api-route";
import { registerCsvStream } from "@/lib/reports/register-csv";
import { reportRangeSchema, resolveRange } from "@/lib/reports/report-range";

export const dynamic = "force-dynamic";

/** GET /staff/reports/register.csv?from=YYYY-MM-DD&to=YYYY-MM-DD — streamed, any size. */
export const GET = apiRoute(async (request: Request) => {
  const staff = await currentStaff();
  if (!staff) return errorResponse(401, "unauthenticated", "Sign in first.");
  if (!can(staff, "reports.view")) return errorResponse(403, "forbidden", "You are not allowed to do this.");
  const range = resolveRange(reportRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
  return new Response(registerCsvStream({ from: range.fromDate, to: range.toDate }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dsr-register-${range.from}-to-${range.to}.csv"`,
      "cache-control": "no-store",
    },
  });
});
