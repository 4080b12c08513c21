import { formatMailDate } from "./format";
import { Layout, P } from "./layout";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["restriction_lift_cancelled"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} : la limitation du traitement de vos données est maintenue – ${brand.companyName}`
    : `Your request ${p.reference}: the restriction on your data stays in place – ${brand.companyName}`;

/**
 * After an Art. 18(3) notice (restriction_lift_notice), staff called the announced lift off: the subject who was told
 * "we will lift it on liftOn" learns that we will not, that the restriction stays, and that any later lift would be
 * announced again first.
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const liftOn = p.liftOn ? formatMailDate(p.liftOn, locale) : null;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous ne levons pas la limitation du traitement de vos données"
        preview="La levée annoncée est annulée : la limitation reste en place."
      >
        <P>
          Nous vous avions annoncé que nous lèverions la limitation du traitement de vos données
          {liftOn ? (
            <>
              {" "}
              le <strong>{liftOn}</strong>
            </>
          ) : null}
          . <strong>Nous avons annulé cette levée.</strong>
        </P>
        <P>
          La limitation reste en place : nous continuons de conserver vos données sans les utiliser autrement. Vous
          n’avez rien à faire.
        </P>
        <P>
          Si nous envisageons plus tard de lever la limitation, nous vous préviendrons de nouveau avant, avec la date et
          la raison.
        </P>
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We are not lifting the restriction on your data"
      preview="The lift we announced is called off: the restriction stays in place."
    >
      <P>
        We told you that we would lift the restriction on the processing of your data
        {liftOn ? (
          <>
            {" "}
            on <strong>{liftOn}</strong>
          </>
        ) : null}
        . <strong>We have called that lift off.</strong>
      </P>
      <P>
        The restriction stays in place: we keep storing your data and do not use it otherwise. You do not need to do
        anything.
      </P>
      <P>
        If we consider lifting the restriction later, we will tell you again beforehand, with the date and the reason.
      </P>
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
    </Layout>
  );
};
