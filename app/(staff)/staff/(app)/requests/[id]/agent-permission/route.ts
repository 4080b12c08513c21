import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { readPermissionDocument } from "@/lib/db/queries/request-agents";
import { DomainError } from "@/lib/domain/errors";
import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { PERMISSION_EXTENSIONS, type PermissionDocumentType } from "@/lib/requests/agent/permission-document";
import { detail } from "@/lib/domain/error-details";

export const dynamic = "force-dynamic";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET: the authorised agent's signed permission, for roles that see subject data (each download audited). */
export const GET = apiRoute(async (_request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const staff = await requireStaffFor("request.view_subject");
  const { id } = await ctx.params;
  if (!UUID.test(id)) throw new DomainError("not_found", detail("common.request_not_found"));
  const doc = await readPermissionDocument(db(), { requestId: id });
  if (!doc) throw new DomainError("not_found", detail("requests.no_agent_permission"));
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "staff", id: staff.id },
      action: "request.subject_viewed",
      requestId: id,
      payload: { what: "agent_permission" },
    }),
  );
  const ext = PERMISSION_EXTENSIONS[doc.type as PermissionDocumentType] ?? "bin";
  return new Response(new Uint8Array(doc.bytes), {
    headers: {
      "content-type": doc.type,
      "content-disposition": `attachment; filename="agent-permission-${id}.${ext}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
