import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { computeDeadline } from "@/lib/domain/deadline";
import { isOptOutType, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { controllerProfile, env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { agentMessages } from "@/lib/i18n/messages/agent";

export default async function PortalHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const o = optOutMessages(locale);
  // Global Privacy Control (11 CCR § 7025): say that the browser's signal was seen.
  const gpc = (await headers()).get("sec-gpc") === "1";
  const today = computeDeadline({
    jurisdiction: env().DEFAULT_JURISDICTION,
    controller: controllerProfile().country,
    timeZone: controllerProfile().timeZone,
    receivedAt: new Date(),
  });
  return (
    <>
      <h1>{t.portal.title}</h1>
      <p className="lead">{t.portal.lead}</p>
      {gpc ? (
        <p className="notice" role="status" data-testid="gpc-banner">
          {o.gpcBanner} <Link href={`/${locale}/opt-out`}>{o.homeCta}</Link>
        </p>
      ) : null}
      <p className="notice">{t.portal.steps}</p>
      <ul className="grid rights" aria-label={t.portal.title}>
        {REQUEST_TYPES.filter((type) => !isOptOutType(type)).map((type) => {
          const right = t.portal.rights[type];
          return (
            <li key={type}>
              <article className="card right-card" id={`right-${type}`} aria-labelledby={`right-${type}-title`}>
                <h2 id={`right-${type}-title`}>{right.title}</h2>
                <p className="legal-name">
                  {right.legal} · {fill(t.portal.article, { n: right.article })}
                </p>
                <p>{right.body}</p>
                <h3>{t.portal.whatNext}</h3>
                <p>{right.next}</p>
                <Link className="button" href={`/${locale}/request/${type}`} aria-describedby={`right-${type}-title`}>
                  {t.portal.cta}
                </Link>
              </article>
            </li>
          );
        })}
      </ul>
      {/* The opt-outs are California's (opt-out-eligibility.ts): one card to their own page, not a GDPR right. */}
      <section className="card right-card" id="right-opt-out" aria-labelledby="right-opt-out-title">
        <h2 id="right-opt-out-title">{o.homeTitle}</h2>
        <p>{o.homeBody}</p>
        <Link className="button" href={`/${locale}/opt-out`} aria-describedby="right-opt-out-title">
          {o.homeCta}
        </Link>{" "}
        <Link href={`/${locale}/agent`}>{agentMessages(locale).homeLink}</Link>
      </section>
      <section className="card time-limit" aria-labelledby="time-limit">
        <h2 id="time-limit">{t.portal.timeLimitLabel}</h2>
        <p>{t.portal.timeLimit}</p>
        <p data-testid="today-deadline">
          {fill(t.portal.todayDeadline, { date: formatLocalDate(today.dueDate, locale) })}
        </p>
      </section>
    </>
  );
}
