import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { ErrorNotice } from "../../error-notice";
import { confirmByLink } from "./actions";

/** The mail link lands here; only the button's POST confirms (link scanners only GET). */
export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; error?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { token, error } = await searchParams;
  const t = messages(locale).verify;
  return (
    <>
      <h1>{t.title}</h1>
      <ErrorNotice code={error} messages={t.errors} />
      <p className="lead">{t.intro}</p>
      <form action={confirmByLink}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token ?? ""} />
        <button className="button" type="submit">
          {t.button}
        </button>
      </form>
    </>
  );
}
