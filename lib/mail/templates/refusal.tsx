import { refusalReasonText, requestPhrase } from "./format";
import { CtaButton, Layout, P, Quote } from "./layout";
import { regimeTexts } from "@/lib/domain/regime-texts";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["refusal"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Notre réponse à votre demande ${p.reference} – ${brand.companyName}`
    : `Our answer to your request ${p.reference} – ${brand.companyName}`;

/**
 * Reasons, then the requester's own regime's complaint route and remedy (GDPR art. 12(4) and 77, UK GDPR
 * and the ICO, CCPA and the CPPA/Attorney General, LGPD and the ANPD, PIPEDA and the OPC, nFADP and the
 * FDPIC: lib/domain/regime-texts.ts).
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const reason = refusalReasonText(p.reasonCode, locale);
  const details = p.reasonText.trim();
  const rights = regimeTexts(p.regime, locale, { name: p.authorityName, url: p.authorityUrl }, p.residence, p.type);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous ne pouvons pas donner suite à votre demande"
        preview="Notre réponse à votre demande, et vos recours."
      >
        <P>
          Nous avons examiné {request}. Nous sommes au regret de ne pas pouvoir y donner suite, en tout ou en partie.
        </P>
        <P>
          <strong>Pourquoi :</strong> {reason}
        </P>
        {details ? (
          <>
            <P>Précisions de notre équipe :</P>
            <Quote text={details} />
          </>
        ) : null}
        <P>
          <strong>Vos recours :</strong> si vous n’êtes pas d’accord avec cette décision :
        </P>
        {rights.refusal.map((text, i) => (
          <P key={i}>{text}</P>
        ))}
        {rights.judicialRemedy ? <P>{rights.judicialRemedy}</P> : null}
        {p.appealUrl ? (
          <CtaButton href={p.appealUrl} label="Faire appel de cette décision" brand={brand} locale={locale} />
        ) : null}
        <P>
          Vous pouvez aussi nous répondre ou contacter notre délégué à la protection des données (coordonnées
          ci-dessous).
        </P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We cannot act on your request"
      preview="Our answer to your request, and your options."
    >
      <P>We have looked at {request}. We are sorry, but we cannot act on it, in whole or in part.</P>
      <P>
        <strong>Why:</strong> {reason}
      </P>
      {details ? (
        <>
          <P>Details from our team:</P>
          <Quote text={details} />
        </>
      ) : null}
      <P>
        <strong>Your options:</strong> if you disagree with this decision:
      </P>
      {rights.refusal.map((text, i) => (
        <P key={i}>{text}</P>
      ))}
      {rights.judicialRemedy ? <P>{rights.judicialRemedy}</P> : null}
      {p.appealUrl ? <CtaButton href={p.appealUrl} label="Appeal this decision" brand={brand} locale={locale} /> : null}
      <P>You can also reply to us or contact our Data Protection Officer (details below).</P>
    </Layout>
  );
};
