import NextLink from "next/link";
import type { ReactNode } from "react";
import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import type { Anchor } from "./language-links";

/** The portal's header, main landmark and footer, for the portal's layout. */
export type ChromeBrand = Pick<Branding, "companyName" | "logoUrl" | "privacyPolicyUrl" | "dpoContact">;

/**
 * Takes the branding as a prop, so that it holds no data access of its own. `Link` defaults to Next's; the
 * static home (rendered by a route handler, no client runtime) passes a plain anchor.
 */
export function PortalChrome({
  locale,
  brand,
  languageSwitch,
  children,
  Link = NextLink,
}: {
  locale: Locale;
  brand: ChromeBrand;
  languageSwitch: ReactNode;
  children: ReactNode;
  Link?: Anchor;
}) {
  const t = messages(locale);
  const dpoIsEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(brand.dpoContact.trim());
  return (
    <>
      <a className="skip-link" href="#main">
        {t.portal.skipToContent}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link href={`/${locale}`} className="brand">
            {/* eslint-disable-next-line @next/next/no-img-element -- the logo URL is configuration, any host */}
            {brand.logoUrl ? <img src={brand.logoUrl} alt="" height={28} className="brand-logo" /> : null}
            {brand.companyName}
          </Link>
          {languageSwitch}
        </div>
      </header>
      <main id="main" className="container portal-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container footer-row">
          <a href={brand.privacyPolicyUrl}>{t.portal.privacyPolicy}</a>
          <span>
            {t.portal.dpoContact}
            {locale === "fr" ? " : " : ": "}
            {dpoIsEmail ? (
              <a href={`mailto:${brand.dpoContact.trim()}`}>{brand.dpoContact.trim()}</a>
            ) : (
              brand.dpoContact
            )}
          </span>
          <Link href={`/${locale}/lost-link`}>{t.portal.lostLinkNav}</Link>
        </div>
      </footer>
    </>
  );
}
