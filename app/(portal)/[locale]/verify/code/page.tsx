import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { ErrorNotice } from "../../../error-notice";
import { confirmByCode, sendNewCode } from "../actions";

export default async function VerifyCodePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ request?: string; error?: string; resent?: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { request, error, resent } = await searchParams;
  const t = messages(locale).verify;
  return (
    <>
      <h1>{t.codeTitle}</h1>
      <ErrorNotice code={error} messages={t.errors} />
      {resent ? (
        <p role="status" className="card">
          {t.resent}
        </p>
      ) : null}
      <p className="lead">{t.codeIntro}</p>
      <form action={confirmByCode} className="form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="request" value={request ?? ""} />
        <div className="field">
          <label htmlFor="code">{t.codeLabel}</label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "code-error" : undefined}
          />
          {error ? (
            <span id="code-error" className="error">
              {t.errors[error as keyof typeof t.errors] ?? t.errors.generic}
            </span>
          ) : null}
        </div>
        <button className="button" type="submit">
          {t.codeButton}
        </button>
      </form>
      <form action={sendNewCode} style={{ marginTop: "1rem" }}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="request" value={request ?? ""} />
        <button className="button" type="submit" style={{ background: "#4b5563" }}>
          {t.resend}
        </button>
      </form>
    </>
  );
}
