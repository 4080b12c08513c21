import { notFound } from "next/navigation";
import { REQUEST_TYPES } from "@/lib/dsr/types";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export default async function PortalHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  return (
    <>
      <h1>{t.portal.title}</h1>
      <p className="lead">{t.portal.lead}</p>
      <section className="grid" aria-label={t.portal.title}>
        {REQUEST_TYPES.map((type) => (
          <article key={type} className="card" id={`right-${type}`}>
            <h2>{t.portal.rights[type].title}</h2>
            <p>{t.portal.rights[type].body}</p>
          </article>
        ))}
      </section>
      <p className="muted">{t.portal.timeLimit}</p>
    </>
  );
}
