import type { ReactNode } from "react";
import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { renderStaticMarkup } from "@/lib/http/static-markup";
import { messages } from "@/lib/i18n/messages";
import { LanguageLinks, PlainAnchor } from "../language-links";
import { PortalChrome } from "../portal-chrome";
import { portalCss } from "./portal-css";

export interface PortalDocumentInput {
  locale: Locale;
  brand: Branding;
  title: string;
  /** The CSP nonce the proxy put on the request (x-nonce): the inline style sheet carries it. */
  nonce: string | null;
  /** The path and the chosen residence, for the language switch (which keeps ?residence). */
  pathname: string;
  residence: string | null;
  children: ReactNode;
}

/**
 * A whole portal page as HTML with no script at all: the same head as the portal layout's (viewport,
 * title, robots noindex, referrer same-origin), the portal chrome with plain links, the portal's style
 * sheet inline. For pages that need no interaction (issue 16: the home ships no JavaScript).
 */
export function portalDocument(p: PortalDocumentInput): string {
  const t = messages(p.locale);
  const html = renderStaticMarkup(
    <html lang={p.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.title}</title>
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="same-origin" />
        <style nonce={p.nonce ?? undefined} dangerouslySetInnerHTML={{ __html: portalCss() }} />
      </head>
      <body className="portal" style={{ ["--brand" as string]: p.brand.primaryColor }}>
        <PortalChrome
          locale={p.locale}
          brand={p.brand}
          Link={PlainAnchor}
          languageSwitch={
            <LanguageLinks
              locale={p.locale}
              label={t.portal.language}
              pathname={p.pathname}
              residence={p.residence}
              Link={PlainAnchor}
            />
          }
        >
          {p.children}
        </PortalChrome>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${html}`;
}

/**
 * The response for such a page: HTML, never cached (the portal pages are per-request: CSP nonce, Sec-GPC),
 * varying with the headers it reads. The proxy adds the security headers (CSP, referrer policy…). A route
 * handler may not set Content-Encoding (send-response.js drops it): the web server compresses the response
 * (scripts/lib/response-compression.ts), and the style sheet is minified as well.
 */
export function portalHtmlResponse(html: string, status = 200, vary = "Sec-GPC"): Response {
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary,
    },
  });
}
