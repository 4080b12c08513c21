"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/domain/locale";

const NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

/**
 * Links to the same page in the other language (rendered on the server too, so it works without
 * JavaScript). The chosen residence goes along; nothing else of the query does.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const residence = useSearchParams()?.get("residence");
  const rest =
    pathname.replace(/^\/(fr|en)(?=\/|$)/, "") + (residence ? `?residence=${encodeURIComponent(residence)}` : "");
  return (
    <nav aria-label={label} className="lang-switch">
      {LOCALES.map((l) => (
        <Link key={l} href={`/${l}${rest}`} lang={l} hrefLang={l} aria-current={l === locale ? "true" : undefined}>
          {NAMES[l]}
        </Link>
      ))}
    </nav>
  );
}
