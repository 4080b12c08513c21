import { isLocale, negotiateLocale } from "@/lib/domain/locale";
import { homeResponse } from "../_home/home-document";
import { notFoundResponse } from "../_static/not-found-document";

export const dynamic = "force-dynamic";

/**
 * The portal home, served by a route handler rather than a page (issue 16): the page is links and one GET
 * form, so it is rendered to a complete HTML document with no script at all — a page would ship the App
 * Router's client runtime (~140 kB compressed). The proxy gives it the same security headers as the pages;
 * the other portal pages under [locale] keep the portal layout.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse(request, negotiateLocale(request.headers.get("accept-language")));
  return homeResponse(request, locale);
}
