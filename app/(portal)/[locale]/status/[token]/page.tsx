import { notFound } from "next/navigation";
import { subjectStatus } from "@/lib/dsr/subject-status";
import { formatInstant, formatLocalDate } from "@/lib/i18n/format-date";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export default async function StatusPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const view = await subjectStatus(decodeURIComponent(token));
  if (!view) {
    return (
      <>
        <h1>{t.status.title}</h1>
        <p className="alert" role="alert">
          {t.status.notFound}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        {t.status.title} {view.reference}
      </h1>
      <dl className="card">
        <dt>{t.status.type}</dt>
        <dd>{t.portal.rights[view.type].title}</dd>
        <dt>{t.status.state}</dt>
        <dd data-testid="status">{t.status.statuses[view.status]}</dd>
        <dt>{t.status.received}</dt>
        <dd>{formatInstant(view.receivedAt, locale)}</dd>
        <dt>{t.status.dueDate}</dt>
        <dd data-testid="due-date" data-date={view.dueDate}>
          {formatLocalDate(view.dueDate, locale)}
          {view.extended ? ` (${t.status.extended}${view.extensionReason ? `: ${view.extensionReason}` : ""})` : null}
        </dd>
      </dl>
    </>
  );
}
