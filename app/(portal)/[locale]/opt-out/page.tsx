import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/domain/locale";
import {
  honoursUniversalOptOut,
  OPT_OUT_DEFAULT_JURISDICTION,
  optOutTypesFor,
  universalOptOutCovers,
} from "@/lib/domain/opt-out-eligibility";
import { usStateLaw } from "@/lib/domain/us-states";
import { fill } from "@/lib/i18n/fill";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages, type OptOutMessages } from "@/lib/i18n/messages/opt-out";
import { chosenResidence, jurisdictionOptions, residenceLabel } from "../residence";
import { OptOutForm } from "./opt-out-form";

/** The residences whose law grants an opt-out the product files (California and the states that have one). */
function optOutResidences(locale: Locale) {
  return jurisdictionOptions(locale).filter((o) => optOutTypesFor(chosenResidence(o.code)?.regime).length > 0);
}

function ResidenceChooser({ locale, t, code }: { locale: Locale; t: OptOutMessages; code: string }) {
  return (
    <form className="card residence-chooser" method="get" action={`/${locale}/opt-out`}>
      <div className="field">
        <label htmlFor="residence">{t.residenceLabel}</label>
        <select id="residence" name="residence" defaultValue={code}>
          {optOutResidences(locale).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button className="button secondary" type="submit">
        {t.residenceSubmit}
      </button>
    </form>
  );
}

/**
 * Opt-outs without verification: California's (sale/sharing, sensitive data; 15 business days) or, with
 * ?residence=US-VA (or US_VA), the opt-outs that state's law grants (sale, targeted advertising, profiling;
 * sensitive data in Utah and Iowa) in its own period. Sec-GPC: 1 is acknowledged,
 * and counted as an opt-out where the residence's law obliges it (honoursUniversalOptOut).
 */
export default async function OptOutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ residence?: string | string[]; type?: string | string[] }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = optOutMessages(locale);
  const query = await searchParams;
  const chosen = chosenResidence(query.residence);
  const residence =
    chosen && optOutTypesFor(chosen.regime).length > 0 ? chosen : chosenResidence(OPT_OUT_DEFAULT_JURISDICTION)!;
  const state = usStateLaw(residence.regime);
  // "Colorado", "Virginie": the state's name without the country the residence list adds.
  const place = residenceLabel(residence.code, locale).replace(/ \((United States|États-Unis)\)$/, "");
  const gpc = (await headers()).get("sec-gpc") === "1";
  const honoured = honoursUniversalOptOut(residence.regime);
  const types = optOutTypesFor(residence.regime);
  const labels = state ? { ...t.choices, ...t.choicesState } : t.choices;
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${locale}`}>← {messages(locale).portal.homeLink}</Link>
      </p>
      <h1>{state ? t.titleState : t.title}</h1>
      <p className="lead" data-testid="opt-out-lead">
        {state
          ? fill(t.leadState, { state: place, law: state.law.title, days: state.optOut.respondDays.value })
          : t.lead}
      </p>
      {chosen && chosen !== residence ? (
        <p className="notice" role="status" data-testid="no-opt-out-there">
          {fill(t.noOptOutThere, { place: residenceLabel(chosen.code, locale) })}
        </p>
      ) : null}
      <ResidenceChooser locale={locale} t={t} code={residence.code} />
      {gpc ? (
        <p className="notice" role="status" data-testid="gpc-detected">
          {!honoured
            ? fill(t.gpcNotRequired, { state: place })
            : state
              ? fill(t.gpcDetectedState, { state: place })
              : t.gpcDetected}
        </p>
      ) : null}
      <OptOutForm
        key={residence.code}
        locale={locale}
        t={t}
        ticked={types.filter(
          (type) => (gpc && universalOptOutCovers(residence.regime, type)) || [query.type].flat().includes(type),
        )}
        jurisdiction={residence.code}
        types={types}
        labels={labels}
      />
    </>
  );
}
