import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { branding } from "@/lib/branding/config";
import { listJurisdictions } from "@/lib/domain/deadline";
import { isOptOutType, REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { isLocale, type Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { initialFormState } from "../form-input";
import { RequestForm } from "./request-form";

const SUBDIVISIONS: Record<string, Record<Locale, string>> = {
  "US-CA": { en: "California (United States)", fr: "Californie (États-Unis)" },
};

function jurisdictionOptions(locale: Locale) {
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  return listJurisdictions()
    .map(({ code }) => ({ code, label: SUBDIVISIONS[code]?.[locale] ?? regions.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export default async function RequestPage({ params }: { params: Promise<{ locale: string; type: string }> }) {
  const { locale, type } = await params;
  if (!isLocale(locale) || !(REQUEST_TYPES as readonly string[]).includes(type)) notFound();
  // The opt-outs have their own page (no verification, GPC): the general form does not file them.
  if (isOptOutType(type)) redirect(`/${locale}/opt-out`);
  const t = messages(locale);
  const right = t.portal.rights[type as RequestType];
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${locale}`}>← {t.portal.homeLink}</Link>
      </p>
      <h1>{fill(t.form.title, { right: right.title })}</h1>
      <p className="lead">{right.body}</p>
      <p className="muted">{t.form.intro}</p>
      <RequestForm
        locale={locale}
        type={type as RequestType}
        t={t.form}
        jurisdictions={jurisdictionOptions(locale)}
        privacyPolicyUrl={branding().privacyPolicyUrl}
        initial={initialFormState(env().DEFAULT_JURISDICTION)}
      />
    </>
  );
}
