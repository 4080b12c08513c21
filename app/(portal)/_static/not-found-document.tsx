import type { Locale } from "@/lib/domain/locale";
import { portalErrorWords } from "@/lib/i18n/messages/portal-errors";
import { portalNoticeResponse } from "./notice-document";

/**
 * The portal's 404 (same words and links as [locale]/not-found.tsx) with no script, for any path under a
 * language that names no page ([locale]/[...rest]); the language switch points to the same path.
 */
export function notFoundResponse(request: Request, locale: Locale): Response {
  const t = portalErrorWords(locale);
  return portalNoticeResponse(request, {
    locale,
    status: 404,
    title: t.notFoundTitle,
    lead: t.notFoundBody,
    links: [
      { href: `/${locale}`, label: t.home },
      { href: `/${locale}/lost-link`, label: t.lostLink },
    ],
  });
}
