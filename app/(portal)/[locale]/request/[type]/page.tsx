import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { branding } from "@/lib/branding/config";
import { isOptOutType, REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { rightBody, rightCitation } from "@/lib/i18n/messages/regime-rights";
import { controllerProfile } from "@/lib/env";
import { regimeNotices } from "@/lib/domain/regime-notices";
import { regimeGrants } from "@/lib/domain/rights";
import { chosenResidence, jurisdictionOptions, rightsForText } from "../../residence";
import { initialFormState } from "../form-input";
import { RequestForm } from "./request-form";
import { dataPointMessages } from "@/lib/i18n/messages/data-points";

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; type: string }>;
  searchParams: Promise<{ residence?: string | string[] }>;
}) {
  const { locale, type } = await params;
  // Known residence (from the home page's choice): that regime's provision and time limit; else neutral words.
  const residence = chosenResidence((await searchParams).residence);
  if (!isLocale(locale) || !(REQUEST_TYPES as readonly string[]).includes(type)) notFound();
  // The opt-outs have their own page (no verification, California's clock).
  if (isOptOutType(type)) redirect(`/${locale}/opt-out`);
  const t = messages(locale);
  const right = t.portal.rights[type as RequestType];
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${locale}`}>← {t.portal.homeLink}</Link>
      </p>
      <h1>{fill(t.form.title, { right: right.title })}</h1>
      <p className="lead">{rightBody(residence?.regime ?? null, type as RequestType, locale, right.body)}</p>
      {residence ? (
        <p className="legal-name" data-testid="right-law">
          {rightsForText(residence, locale)}
          {(() => {
            const citation = rightCitation(residence.regime, type as RequestType, locale);
            return citation ? ` · ${citation}` : "";
          })()}
          {" · "}
          {
            regimeNotices(residence.regime, locale, {
              lead: controllerProfile().authority,
              residence: residence.code,
              requestType: type,
            }).timeLimit
          }
        </p>
      ) : null}
      {residence && !regimeGrants(residence.regime, type as RequestType) ? (
        <p className="alert" role="alert" data-testid="right-not-granted">
          {t.form.errors.not_granted}{" "}
          <Link href={`/${locale}?residence=${encodeURIComponent(residence.code)}`}>{t.portal.homeLink}</Link>
        </p>
      ) : null}
      <p className="muted">{t.form.intro}</p>
      <RequestForm
        locale={locale}
        type={type as RequestType}
        t={t.form}
        dataPoints={dataPointMessages(locale)}
        jurisdictions={jurisdictionOptions(locale)}
        privacyPolicyUrl={branding().privacyPolicyUrl}
        initial={initialFormState(residence?.code ?? env().DEFAULT_JURISDICTION)}
      />
    </>
  );
}
