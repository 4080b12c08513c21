import Link from "next/link";
import type { ReactNode } from "react";
import type { Branding } from "@/lib/branding/config";
import { LOCALES, type Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";

const LANGUAGE_NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

/**
 * The language links for a page whose path (after the locale) the server knows: plain links, no JavaScript
 * (the client LanguageSwitch reads the path in the browser for the App Router pages).
 */
export function StaticLanguageSwitch({ locale, rest }: { locale: Locale; rest: string }) {
  return (
    <nav aria-label={messages(locale).portal.language} className="lang-switch">
      {LOCALES.map((l) => (
        <a key={l} href={`/${l}${rest}`} lang={l} hrefLang={l} aria-current={l === locale ? "true" : undefined}>
          {LANGUAGE_NAMES[l]}
        </a>
      ))}
    </nav>
  );
}

/** The portal's header, main landmark and footer, shared by the App Router layout and the script-free home page. */
export type ChromeBrand = Pick<Branding, "companyName" | "logoUrl" | "privacyPolicyUrl" | "dpoContact">;

/** Takes the branding as a prop: the home page renders it without bundling lib/env for the browser. */
export function PortalChrome({
  locale,
  brand,
  languageSwitch,
  children,
}: {
  locale: Locale;
  brand: ChromeBrand;
  languageSwitch: ReactNode;
  children: ReactNode;
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
