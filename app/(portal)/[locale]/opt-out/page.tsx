import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { OptOutForm } from "./opt-out-form";

/** Opt-out of sale/sharing and limit on sensitive data (CCPA): no verification; honours Sec-GPC: 1. */
export default async function OptOutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = optOutMessages(locale);
  const gpc = (await headers()).get("sec-gpc") === "1";
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${locale}`}>← {messages(locale).portal.homeLink}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {gpc ? (
        <p className="notice" role="status" data-testid="gpc-detected">
          {t.gpcDetected}
        </p>
      ) : null}
      <OptOutForm locale={locale} t={t} gpc={gpc} />
    </>
  );
}
