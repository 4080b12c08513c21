import { refusalReasonText, requestPhrase } from "./format";
import { Layout, P, Quote } from "./layout";
import { Link } from "@react-email/components";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["refusal"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Notre réponse à votre demande ${p.reference} – ${brand.companyName}`
    : `Our answer to your request ${p.reference} – ${brand.companyName}`;

/** Art. 12(4) GDPR: reasons, the right to complain to a supervisory authority and the right to a judicial remedy. */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const reason = refusalReasonText(p.reasonCode, locale);
  const details = p.reasonText.trim();
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
          <strong>Vos recours :</strong> si vous n’êtes pas d’accord avec cette décision, vous avez le droit
          d’introduire une réclamation auprès d’une autorité de contrôle de la protection des données, notamment :{" "}
          {p.authorityName} (<Link href={p.authorityUrl}>{p.authorityUrl}</Link>).
        </P>
        <P>Vous avez également le droit de former un recours juridictionnel, c’est-à-dire de saisir la justice.</P>
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
        <strong>Your options:</strong> if you disagree with this decision, you have the right to lodge a complaint with
        a data protection supervisory authority, in particular: {p.authorityName} (
        <Link href={p.authorityUrl}>{p.authorityUrl}</Link>).
      </P>
      <P>You also have the right to seek a judicial remedy, that is, to take the matter to court.</P>
      <P>You can also reply to us or contact our Data Protection Officer (details below).</P>
    </Layout>
  );
};
