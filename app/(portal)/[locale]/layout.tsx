import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { branding } from "@/lib/branding/config";
import { isLocale, toLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "../language-switch";
import { PortalChrome } from "../portal-chrome";
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
  const brand = branding();
  return (
    <html lang={locale}>
      <body className="portal" style={{ ["--brand" as string]: brand.primaryColor }}>
        <PortalChrome
          locale={locale}
          brand={brand}
          languageSwitch={<LanguageSwitch locale={locale} label={messages(locale).portal.language} />}
        >
          {children}
        </PortalChrome>
      </body>
    </html>
  );
}
