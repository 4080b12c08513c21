import { Readable } from "node:stream";
import { authorizeDownload, purgedPackage } from "@/lib/requests/subject/download-codes";
import { controllerProfile } from "@/lib/env";
import { openExport } from "@/lib/exports/package-store";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";
import { notFoundResponse } from "../../../../_static/not-found-document";
import { statusTokenParam } from "../token-param";
import { goneResponse } from "./gone-document";

export const dynamic = "force-dynamic";

/**
 * POST (form: code) → the package, streamed and decrypted on the fly. Errors go back to the status
 * page as a code in the URL (303), so the form works without JavaScript.
 */
export async function POST(request: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token: rawToken } = await ctx.params;
  const locale = toLocale(rawLocale);
  const token = statusTokenParam(rawToken);
  // A malformed link: the portal's 404 page, as for any other address that names nothing.
  if (token === null) return notFoundResponse(request, locale);
  const back = (code: string) =>
    new Response(null, {
      status: 303,
      headers: { location: `/${locale}/status/${encodeURIComponent(token)}?download=${code}#download` },
    });
  const form = await request.formData().catch(() => null);
  const code = typeof form?.get("code") === "string" ? String(form!.get("code")) : "";
  const result = await portalAction(async () => {
    const { pkg, filename } = await authorizeDownload(token, code);
    return { stream: await openExport(pkg), filename, size: pkg.sizeBytes };
  });
  if (!result.ok) return back(result.code);
  return new Response(Readable.toWeb(result.value.stream) as ReadableStream, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${result.value.filename}"`,
      "content-length": String(result.value.size),
      "cache-control": "no-store",
    },
  });
}

/**
 * GET (the address opened or bookmarked): no file without a fresh code. Once the package was purged it answers
 * 410 Gone with a portal page in the link's language saying so and how to ask again; otherwise it leads back
 * to the status page's download section (303). A malformed link gets the portal's 404 page.
 */
export async function GET(request: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token: rawToken } = await ctx.params;
  const locale = toLocale(rawLocale);
  const token = statusTokenParam(rawToken);
  if (token === null) return notFoundResponse(request, locale);
  const statusPage = `/${locale}/status/${encodeURIComponent(token)}`;
  const gone = await purgedPackage(token).catch(() => null);
  if (gone)
    return goneResponse(request, {
      locale,
      statusPage,
      expiresAt: gone.expiresAt,
      timeZone: gone.timeZone ?? controllerProfile().timeZone,
    });
  return new Response(null, {
    status: 303,
    headers: { location: `${statusPage}#download`, "cache-control": "no-store" },
  });
}
