import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { formatInstantInZone } from "@/lib/i18n/format-date";
import { STATUS_OUTCOME } from "@/lib/i18n/messages/status-outcome";
import { portalNoticeResponse } from "../../../../_static/notice-document";

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
  return portalNoticeResponse(request, {
    locale: p.locale,
    status: 410,
    title: w.goneTitle,
    lead: fill(w.purged, { date: formatInstantInZone(p.expiresAt, p.locale, p.timeZone) }),
    more: [w.goneAskAgain],
    links: [
      { href: `/${p.locale}/request/access`, label: w.goneNewRequest },
      { href: `${p.statusPage}#download`, label: w.goneBack },
    ],
  });
}
