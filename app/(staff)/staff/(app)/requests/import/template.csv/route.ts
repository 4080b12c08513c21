import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { importTemplateCsv } from "@/lib/requests/import/template";

export const dynamic = "force-dynamic";

/** GET /staff/requests/import/template.csv — the columns of an import file, with two example rows. */
export const GET = apiRoute(async () => {
  await requireStaffFor("request.create");
  return new Response(importTemplateCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="dsr-import-template.csv"',
      "cache-control": "no-store",
    },
  });
});
