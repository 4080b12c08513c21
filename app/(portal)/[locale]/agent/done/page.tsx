import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { agentMessages } from "@/lib/i18n/messages/agent";

/** After an agent filed: the reference and what happens next. */
export default async function AgentDonePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ref?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { ref = "" } = await searchParams;
  const t = agentMessages(locale);
  const reference = /^DSR-\d{4}-\d{6,}$/.test(ref) ? ref : null;
  return (
    <>
      <h1>{t.doneTitle}</h1>
      <p className="lead">{t.doneLead}</p>
      {reference ? (
        <dl className="card facts">
          <div>
            <dt>{t.doneReference}</dt>
            <dd data-testid="reference" className="reference">
              {reference}
            </dd>
          </div>
        </dl>
      ) : null}
      <p>
        <Link href={`/${locale}`}>{messages(locale).portal.homeLink}</Link>
      </p>
    </>
  );
}
