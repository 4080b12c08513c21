import { notFound } from "next/navigation";
import { isValidLocalDate } from "@/lib/domain/deadline";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { controllerProfile } from "@/lib/env";
import { CodeForm } from "../../code-form";
import { confirmationDueNote } from "./due-note";
import { signedConfirmation } from "./confirmation-link";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** After filing: the reference, the legal due date and the code form for this request. */
export default async function ConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ request?: string; ref?: string; due?: string; res?: string; type?: string; sig?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const sp = await searchParams;
  // Only what this server signed is stated: a changed link keeps the code form and the general wording.
  const signed = signedConfirmation(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, one(v)])));
  const { request = one(sp.request) ?? "", ref = "", due = "", res = "", type = "" } = signed ?? {};
  const t = messages(locale);
  const reference = /^DSR-\d{4}-\d{6,}$/.test(ref) ? ref : null;
  const dueDate = isValidLocalDate(due) ? due : null;
  return (
    <>
      <h1>{t.sent.title}</h1>
      <p className="lead">{t.sent.lead}</p>
      <dl className="card facts">
        {reference ? (
          <div>
            <dt>{t.sent.reference}</dt>
            <dd data-testid="reference" className="reference">
              {reference}
            </dd>
          </div>
        ) : null}
        {dueDate ? (
          <div>
            <dt>{t.sent.dueDate}</dt>
            <dd data-testid="due-date" data-date={dueDate}>
              {formatLocalDate(dueDate, locale)}
            </dd>
          </div>
        ) : null}
      </dl>
      <div data-testid="due-note">
        {confirmationDueNote(locale, { residence: res, type, lead: controllerProfile().authority }).map((line) => (
          <p key={line} className="muted">
            {line}
          </p>
        ))}
      </div>
      <section aria-labelledby="code-title" className="card">
        <h2 id="code-title">{t.verify.codeTitle}</h2>
        <p>{t.verify.codeIntro}</p>
        <CodeForm locale={locale} requestId={request} />
      </section>
      <p className="muted">{t.sent.notReceived}</p>
      <p className="muted">{t.sent.unconfirmedNote}</p>
    </>
  );
}
