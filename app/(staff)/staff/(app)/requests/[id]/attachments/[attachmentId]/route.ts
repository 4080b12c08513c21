import { DomainError } from "@/lib/domain/errors";
import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { openAttachment } from "@/lib/requests/attachments/open-attachment";
import { detail } from "@/lib/domain/error-details";

export const dynamic = "force-dynamic";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET: a file of the request's thread, for roles that see subject data (each download audited). */
export const GET = apiRoute(
  async (_request: Request, ctx: { params: Promise<{ id: string; attachmentId: string }> }) => {
    const staff = await requireStaffFor("request.view_subject");
    const { id, attachmentId } = await ctx.params;
    if (!UUID.test(id) || !UUID.test(attachmentId))
      throw new DomainError("not_found", detail("requests.file_not_found"));
    const file = await openAttachment(staff, { requestId: id, attachmentId });
    // RFC 6266: an ASCII fallback and the UTF-8 name.
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.contentType === "text/plain" ? "text/plain; charset=utf-8" : file.contentType,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
);
