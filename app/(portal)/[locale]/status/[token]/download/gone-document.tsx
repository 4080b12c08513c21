import { branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { formatInstantInZone } from "@/lib/i18n/format-date";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import { portalDocument, portalHtmlResponse } from "../../../../_static/portal-document";

/**
 * 410 Gone for the download address of a purged package: a portal page in the link's language saying when
 * the download window closed (in the controller's zone, labelled) and how to get the data again. It names
 * no internal id: only the link the person already holds.
 */
export function goneResponse(
  request: Request,
  p: { locale: Locale; statusPage: string; expiresAt: Date; timeZone: string },
): Response {
  const w = STATUS_OUTCOME[p.locale];
  const brand = branding();
  const html = portalDocument({
    locale: p.locale,
    brand,
    title: `${w.goneTitle} — ${brand.companyName}`,
    nonce: request.headers.get("x-nonce"),
    pathname: new URL(request.url).pathname,
    residence: null,
    children: (
      <>
        <h1>{w.goneTitle}</h1>
        <p className="lead">{fill(w.purged, { date: formatInstantInZone(p.expiresAt, p.locale, p.timeZone) })}</p>
        <p>{w.goneAskAgain}</p>
        <ul className="next-steps">
          <li>
            <a href={`/${p.locale}/request/access`}>{w.goneNewRequest}</a>
          </li>
          <li>
            <a href={`${p.statusPage}#download`}>{w.goneBack}</a>
          </li>
        </ul>
      </>
    ),
  });
  return portalHtmlResponse(html, 410, "Accept-Language");
}
