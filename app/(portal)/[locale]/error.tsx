"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { toLocale } from "@/lib/domain/locale";
import { portalErrorWords } from "@/lib/i18n/messages/portal-errors";

/** An unexpected failure while rendering a portal page: said plainly, in the visitor's language, with a way on. */
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = toLocale(String(useParams<{ locale?: string }>()?.locale ?? "en"));
  const t = portalErrorWords(locale);
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p className="lead">{t.errorBody}</p>
      <p>
        <button className="button" type="button" onClick={reset}>
          {t.retry}
        </button>
      </p>
      <p>
        <Link href={`/${locale}`}>{t.home}</Link>
      </p>
      {error.digest ? (
        <p className="muted">
          {t.errorReference}: <code>{error.digest}</code>
        </p>
      ) : null}
    </>
  );
}
