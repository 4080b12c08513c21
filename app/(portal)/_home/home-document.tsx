import { branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { portalDocument, portalHtmlResponse } from "../_static/portal-document";
import { homeModel } from "./home-model";
import { HomeView } from "./home-view";

/** The ?residence parameter as Next hands it to a page: a string, or every value when it is repeated. */
function residenceParam(url: URL): string | string[] | undefined {
  const all = url.searchParams.getAll("residence");
  return all.length > 1 ? all : all[0];
}

/**
 * The portal home as a complete HTML document with no script (issue 16): the compact list of rights, the
 * residence chooser (a GET form) and the GPC notice, inside the portal chrome.
 */
export function homeResponse(request: Request, locale: Locale): Response {
  const url = new URL(request.url);
  const param = residenceParam(url);
  // Global Privacy Control (11 CCR § 7025): say that the browser's signal was seen.
  const gpc = request.headers.get("sec-gpc") === "1";
  const brand = branding();
  const html = portalDocument({
    locale,
    brand,
    title: `${messages(locale).portal.title} — ${brand.companyName}`,
    nonce: request.headers.get("x-nonce"),
    pathname: url.pathname,
    residence: url.searchParams.get("residence"),
    children: <HomeView m={homeModel(locale, param, gpc)} />,
  });
  return portalHtmlResponse(html);
}
