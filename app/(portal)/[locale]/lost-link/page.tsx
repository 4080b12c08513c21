import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { requestLostLinks } from "./actions";

export default async function LostLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ sent?: string; error?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { sent, error } = await searchParams;
  const t = messages(locale).lostLink;
  const message = error ? (t.errors[error as keyof typeof t.errors] ?? t.errors.generic) : null;
  return (
    <>
      <h1>{t.title}</h1>
      {sent ? (
        <p className="notice success" role="status" data-testid="lost-link-done">
          {t.done}
        </p>
      ) : null}
      <p className="lead">{t.intro}</p>
      <form action={requestLostLinks} className="form" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <div className={`field${message ? " has-error" : ""}`}>
          <label htmlFor="email">{t.email}</label>
          {message ? (
            <p id="email-error" className="error">
              {message}
            </p>
          ) : null}
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            autoFocus={Boolean(message)}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "email-error" : undefined}
          />
        </div>
        <div>
          <button className="button" type="submit">
            {t.submit}
          </button>
        </div>
      </form>
    </>
  );
}
