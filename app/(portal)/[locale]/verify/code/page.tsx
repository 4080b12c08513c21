import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { CodeForm } from "../../../code-form";
import { ErrorNotice } from "../../../error-notice";

export default async function VerifyCodePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ request?: string; error?: string; resent?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { request, error, resent } = await searchParams;
  const t = messages(locale).verify;
  return (
    <>
      <h1>{t.codeTitle}</h1>
      <ErrorNotice code={error} messages={t.errors} />
      {resent ? (
        <p role="status" className="notice">
          {t.resent}
        </p>
      ) : null}
      <p className="lead">{t.codeIntro}</p>
      <CodeForm locale={locale} requestId={request ?? ""} error={error} />
    </>
  );
}
