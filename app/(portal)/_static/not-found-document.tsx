import { branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { portalErrorWords } from "@/lib/i18n/messages/portal-errors";
import { portalDocument, portalHtmlResponse } from "./portal-document";

/**
 * The portal's 404 (same words and links as [locale]/not-found.tsx) with no script, for any path under a
 * language that names no page ([locale]/[...rest]); the language switch points to the same path.
 */
export function notFoundResponse(request: Request, locale: Locale): Response {
  const t = portalErrorWords(locale);
  const brand = branding();
  const html = portalDocument({
    locale,
    brand,
    title: `${t.notFoundTitle} — ${brand.companyName}`,
    nonce: request.headers.get("x-nonce"),
    pathname: new URL(request.url).pathname,
    residence: null,
    children: (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p className="lead">{t.notFoundBody}</p>
        <ul className="next-steps">
          <li>
            <a href={`/${locale}`}>{t.home}</a>
          </li>
          <li>
            <a href={`/${locale}/lost-link`}>{t.lostLink}</a>
          </li>
        </ul>
      </>
    ),
  });
  return portalHtmlResponse(html, 404, "Accept-Language");
}
