import { Readable } from "node:stream";
import { authorizeDownload } from "@/lib/requests/subject/download-codes";
import { openExport } from "@/lib/exports/package-store";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";
import { statusTokenParam } from "../token-param";

export const dynamic = "force-dynamic";

/**
 * POST (form: code) → the package, streamed and decrypted on the fly. Errors go back to the status
 * page as a code in the URL (303), so the form works without JavaScript.
 */
export async function POST(request: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token: rawToken } = await ctx.params;
  const locale = toLocale(rawLocale);
  const token = statusTokenParam(rawToken);
  if (token === null) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
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
 * GET (the address opened or bookmarked, the file expired or purged): no file without a fresh code, so
 * it leads back to the status page's download section, which says whether the file is still there.
 */
export async function GET(_request: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token: rawToken } = await ctx.params;
  const token = statusTokenParam(rawToken);
  if (token === null) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(null, {
    status: 303,
    headers: {
      location: `/${toLocale(rawLocale)}/status/${encodeURIComponent(token)}#download`,
      "cache-control": "no-store",
    },
  });
}
