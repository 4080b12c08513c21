import Link from "next/link";
import { notFound } from "next/navigation";
import { isValidLocalDate } from "@/lib/domain/deadline";
import { isLocale } from "@/lib/domain/locale";
import { isOptOutType, OPT_OUT_TYPES } from "@/lib/domain/vocabulary";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";

/** After an opt-out: its references and the date by which every system applies it. */
export default async function OptOutDonePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ref?: string | string[]; gpc?: string; days?: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { ref = [], gpc, days } = await searchParams;
  // A state's opt-out period in calendar days (?days=45); without it, California's 15 business days.
  const stateDays = days && /^\d{1,3}$/.test(days) ? Number(days) : null;
  const t = optOutMessages(locale);
  const filed = [ref]
    .flat()
    .map((r) => /^(DSR-\d{4}-\d{6,}):(\d{4}-\d{2}-\d{2})(?::([a-z_]+))?$/.exec(r))
    .filter((m): m is RegExpExecArray => m !== null && isValidLocalDate(m[2]!))
    .slice(0, OPT_OUT_TYPES.length);
  // A state's sale opt-out is worded as its law words it ("Do not sell my personal data").
  const labels: Record<string, string> = stateDays ? { ...t.choices, ...t.choicesState } : t.choices;
  const choice = (type: string | undefined) => (type && isOptOutType(type) ? (labels[type] ?? null) : null);
  return (
    <>
      <h1>{t.doneTitle}</h1>
      <p className="lead">{t.doneLead}</p>
      {gpc === "1" ? <p className="notice">{t.doneGpc}</p> : null}
      {filed.map((m) => (
        <dl className="card facts" key={m[1]}>
          {choice(m[3]) ? (
            <div>
              <dt>{t.doneChoice}</dt>
              <dd data-testid="choice">{choice(m[3])}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.doneReference}</dt>
            <dd data-testid="reference" className="reference">
              {m[1]}
            </dd>
          </div>
          <div>
            <dt>{stateDays ? fill(t.doneDueDays, { days: stateDays }) : t.doneDue}</dt>
            <dd data-testid="due-date" data-date={m[2]}>
              {formatLocalDate(m[2]!, locale)} ({controllerProfile().timeZone})
            </dd>
          </div>
        </dl>
      ))}
      <p>
        <Link href={`/${locale}`}>{messages(locale).portal.homeLink}</Link>
      </p>
    </>
  );
}
