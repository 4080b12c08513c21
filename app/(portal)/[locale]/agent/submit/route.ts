import { isLocale } from "@/lib/domain/locale";
import { DomainError } from "@/lib/domain/errors";
import { toSafeError } from "@/lib/http/error-boundary";
import { clientIp } from "@/lib/net/client-address";
import { fileAsAgent } from "@/lib/requests/agent/file-as-agent";
import { enforceIntakeIpLimit } from "@/lib/requests/intake/intake-limits";

export const dynamic = "force-dynamic";

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/**
 * The agent form's plain multipart POST (works without JavaScript): files the request, then 303 to the
 * confirmation; a refusal 303s back to the form with the fields in error (never the values: no personal
 * data in URLs).
 */
export async function POST(request: Request, ctx: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await ctx.params;
  // A relative Location: behind a proxy request.url's host is not the one the browser used (form-action CSP).
  const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });
  const back = (q: URLSearchParams) => seeOther(`/${locale}/agent?${q}`);
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  try {
    await enforceIntakeIpLimit(clientIp(request));
    const form = await request.formData();
    const file = form.get("permission");
    const permission = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    const filed = await fileAsAgent(
      {
        agent: {
          agentName: field(form, "agentName"),
          agentEmail: field(form, "agentEmail"),
          ...(field(form, "agentOrganisation") ? { agentOrganisation: field(form, "agentOrganisation") } : {}),
          ...(field(form, "permissionKind") ? { permissionKind: field(form, "permissionKind") } : {}),
        },
        consumer: {
          type: field(form, "type"),
          email: field(form, "email"),
          ...(field(form, "fullName") ? { fullName: field(form, "fullName") } : {}),
          locale,
          jurisdiction: "US-CA",
          ...(field(form, "type") === "objection" ? { objectionScope: "direct_marketing" } : {}),
        },
        permission,
      },
      { channel: "portal" },
    );
    return seeOther(`/${locale}/agent/done?ref=${encodeURIComponent(filed.reference)}`);
  } catch (err) {
    const safe = toSafeError(err, "agent intake");
    const q = new URLSearchParams();
    if (err instanceof DomainError && err.code === "unsupported_media_type") q.set("error", "permission_type");
    else if (err instanceof DomainError && err.code === "payload_too_large") q.set("error", "permission_size");
    else if (safe.fields?.permission) q.set("error", "permission_missing");
    else if (safe.code === "rate_limited") q.set("error", "rate_limited");
    else if (safe.fields) for (const name of Object.keys(safe.fields)) q.append("invalid", name);
    else q.set("error", "generic");
    return back(q);
  }
}
