"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/domain/locale";
import { LanguageLinks } from "./language-links";

/**
 * Links to the same page in the other language (rendered on the server too, so it works without
 * JavaScript). The chosen residence goes along; nothing else of the query does.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const residence = useSearchParams()?.get("residence");
  return <LanguageLinks locale={locale} label={label} pathname={pathname} residence={residence} Link={Link} />;
}
