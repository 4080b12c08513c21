import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { branding } from "@/lib/branding/config";
import { isLocale, toLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "../language-switch";
import "../../globals.css";

export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = messages(toLocale(locale));
  // Status and verification links carry secrets in the URL: keep portal pages out of search engines and other sites' referrer logs
  // ("same-origin", not "no-referrer": that makes browsers send Origin: null on form posts, which the server-action check refuses).
  return {
    title: `${t.portal.title} — ${branding().companyName}`,
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const brand = branding();
  const dpoIsEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(brand.dpoContact.trim());
  return (
    <html lang={locale}>
      <body className="portal" style={{ ["--brand" as string]: brand.primaryColor }}>
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
            <LanguageSwitch locale={locale} label={t.portal.language} />
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
              {locale === "fr" ? " : " : ": "}
              {dpoIsEmail ? (
                <a href={`mailto:${brand.dpoContact.trim()}`}>{brand.dpoContact.trim()}</a>
              ) : (
                brand.dpoContact
              )}
            </span>
            <Link href={`/${locale}/lost-link`}>{t.portal.lostLinkNav}</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
