import { Readable } from "node:stream";
import { authorizeDownload, purgedPackage } from "@/lib/requests/subject/download-codes";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatInstantInZone } from "@/lib/i18n/format-date";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
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
 * GET (the address opened or bookmarked): no file without a fresh code. Once the package was purged it answers
 * 410 Gone with a short page in the person's language saying so; otherwise it leads back to the status page's
 * download section (303).
 */
export async function GET(_request: Request, ctx: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token: rawToken } = await ctx.params;
  const locale = toLocale(rawLocale);
  const token = statusTokenParam(rawToken);
  if (token === null) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const statusPage = `/${locale}/status/${encodeURIComponent(token)}`;
  const gone = await purgedPackage(token).catch(() => null);
  if (gone) {
    const w = STATUS_OUTCOME[locale];
    const closed = formatInstantInZone(gone.expiresAt, locale, gone.timeZone ?? controllerProfile().timeZone);
    const html =
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(w.goneTitle)}</title></head>` +
      `<body><main><h1>${escapeHtml(w.goneTitle)}</h1><p>${escapeHtml(fill(w.purged, { date: closed }))}</p>` +
      `<p><a href="${escapeHtml(statusPage)}#download">${escapeHtml(w.goneBack)}</a></p></main></body></html>`;
    return new Response(html, {
      status: 410,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return new Response(null, {
    status: 303,
    headers: { location: `${statusPage}#download`, "cache-control": "no-store" },
  });
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
