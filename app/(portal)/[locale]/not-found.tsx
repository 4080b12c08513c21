"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { toLocale } from "@/lib/domain/locale";
import { portalErrorWords } from "@/lib/i18n/messages/portal-errors";

/** The portal's 404 in the visitor's language (Next gives a not-found page no params: read them here). */
export default function PortalNotFound() {
  const locale = toLocale(String(useParams<{ locale?: string }>()?.locale ?? "en"));
  const t = portalErrorWords(locale);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p className="lead">{t.notFoundBody}</p>
      <ul className="next-steps">
        <li>
          <Link href={`/${locale}`}>{t.home}</Link>
        </li>
        <li>
          <Link href={`/${locale}/lost-link`}>{t.lostLink}</Link>
        </li>
      </ul>
    </>
  );
}
