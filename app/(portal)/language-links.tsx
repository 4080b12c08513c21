import type { ComponentType, ReactNode } from "react";
import { LOCALES, type Locale } from "@/lib/domain/locale";

const NAMES: Record<Locale, string> = { fr: "Français", en: "English" };

/** A link component: Next's `Link` in pages, a plain `<a>` in documents rendered without React on the client. */
export type Anchor = ComponentType<{
  href: string;
  className?: string;
  lang?: string;
  hrefLang?: string;
  "aria-current"?: "true";
  children: ReactNode;
}>;

export const PlainAnchor: Anchor = ({ children, ...props }) => <a {...props}>{children}</a>;

/**
 * Links to the same page in the other language. The chosen residence goes along; nothing else of the
 * query does. Shared by the client switch (which reads the path from the router) and the static home.
 */
export function LanguageLinks({
  locale,
  label,
  pathname,
  residence,
  Link,
}: {
  locale: Locale;
  label: string;
  pathname: string;
  residence: string | null | undefined;
  Link: Anchor;
}) {
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
