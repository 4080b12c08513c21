import Link from "next/link";
import { notFound } from "next/navigation";
import { computeDeadline } from "@/lib/domain/deadline";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { controllerProfile, env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";

export default async function PortalHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
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
      <p className="notice">{t.portal.steps}</p>
      <ul className="grid rights" aria-label={t.portal.title}>
        {REQUEST_TYPES.map((type) => {
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
