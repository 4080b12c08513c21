import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { branding } from "@/lib/branding/config";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import "../../globals.css";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = messages(isLocale(locale) ? locale : "en");
  return { title: `${t.portal.title} — ${branding().companyName}` };
}

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const brand = branding();
  return (
    <html lang={locale}>
      <body style={{ ["--brand" as string]: brand.primaryColor }}>
        <header className="site-header">
          <div className="container">
            <Link href={`/${locale}`} className="brand">
              {/* eslint-disable-next-line @next/next/no-img-element -- the logo URL is configuration, any host */}
              {brand.logoUrl ? <img src={brand.logoUrl} alt="" height={28} style={{ verticalAlign: "middle", marginRight: 8 }} /> : null}
              {brand.companyName}
            </Link>
            <nav aria-label={t.portal.language} className="lang-switch">
              {LOCALES.map((l) => (
                <Link key={l} href={`/${l}`} lang={l} aria-current={l === locale ? "true" : undefined}>
                  {l === "fr" ? "Français" : "English"}
                </Link>
              ))}
            </nav>
          </div>
        </header>
        <main className="container">{children}</main>
        <footer className="site-footer">
          <div className="container">
            <a href={brand.privacyPolicyUrl}>{t.portal.privacyPolicy}</a> · {t.portal.dpoContact}: {brand.dpoContact}
          </div>
        </footer>
      </body>
    </html>
  );
}
