import Link from "next/link";
import { notFound } from "next/navigation";
import { statusTokenParam } from "../token-param";
import { subjectStatus } from "@/lib/requests/subject/status";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { withdrawFromStatusPage } from "../actions";

/** The confirmation step before a withdrawal: a GET never withdraws, only this page's POST does. */
export default async function WithdrawPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token: rawToken } = await params;
  if (!isLocale(locale)) notFound();
  const token = statusTokenParam(rawToken);
  if (token === null) notFound();
  const t = messages(locale);
  const view = await subjectStatus(token);
  const back = `/${locale}/status/${encodeURIComponent(token)}`;
  if (!view || !isOpenStatus(view.status)) {
    return (
      <>
        <h1>{t.status.title}</h1>
        <p className="alert" role="alert">
          {view ? t.status.errors.invalid_transition : t.status.notFound}
        </p>
        {view ? <Link href={back}>{t.withdraw.cancel}</Link> : null}
      </>
    );
  }
  return (
    <>
      <h1>{fill(t.withdraw.title, { reference: view.reference })}</h1>
      <p className="lead">{t.withdraw.body}</p>
      <form action={withdrawFromStatusPage} className="actions-row">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button className="button danger" type="submit">
          {t.withdraw.confirm}
        </button>
        <Link className="button secondary" href={back}>
          {t.withdraw.cancel}
        </Link>
      </form>
    </>
  );
}
