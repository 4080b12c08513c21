import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { ErrorNotice } from "../../error-notice";
import { confirmByLink } from "./actions";

/** Answers after which pressing the button again can only fail: the page offers a new link instead. */
const DEAD_ENDS = new Set([
  "verification_invalid",
  "verification_expired",
  "verification_locked",
  "already_verified",
  "not_found",
  "invalid_transition",
]);

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
  if (!token || (error && DEAD_ENDS.has(error)))
    return (
      <>
        <h1>{t.title}</h1>
        <ErrorNotice code={error ?? "verification_invalid"} messages={t.errors} />
        <p className="lead">{t.deadEnd}</p>
        <p>{t.newLinkHint}</p>
        <p>
          <Link className="button" href={`/${locale}/lost-link`} data-testid="verify-new-link">
            {t.newLink}
          </Link>
        </p>
      </>
    );
  return (
    <>
      <h1>{t.title}</h1>
      <ErrorNotice code={error} messages={t.errors} />
      <p className="lead">{t.intro}</p>
      <form action={confirmByLink}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button className="button" type="submit">
          {t.button}
        </button>
      </form>
    </>
  );
}
