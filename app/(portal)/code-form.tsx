import type { Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { confirmByCode, sendNewCode } from "./[locale]/verify/actions";
import { CodeInput } from "./code-input";

/** The 6-digit code form and the "new code" button of one request (confirmation and verify/code pages). */
export function CodeForm({ locale, requestId, error }: { locale: Locale; requestId: string; error?: string }) {
  const t = messages(locale).verify;
  const message = error ? (t.errors[error as keyof typeof t.errors] ?? t.errors.generic) : null;
  return (
    <>
      <form action={confirmByCode} className="form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="request" value={requestId} />
        <CodeInput id="code" label={t.codeLabel} hint={t.codeHint} error={message} />
        <div>
          <button className="button" type="submit">
            {t.codeButton}
          </button>
        </div>
      </form>
      <form action={sendNewCode} className="secondary-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="request" value={requestId} />
        <button className="button secondary" type="submit">
          {t.resend}
        </button>
      </form>
    </>
  );
}
