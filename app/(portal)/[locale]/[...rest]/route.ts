import { isLocale, negotiateLocale } from "@/lib/domain/locale";
import { notFoundResponse } from "../../_static/not-found-document";

export const dynamic = "force-dynamic";

/**
 * Any other path under a language: the portal's own 404, in that language, as a complete HTML document
 * with no script (issue 16), like the home. Pages that call notFound() still show [locale]/not-found.tsx.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return notFoundResponse(request, isLocale(locale) ? locale : negotiateLocale(request.headers.get("accept-language")));
}
