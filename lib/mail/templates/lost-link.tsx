import { requestPhrase } from "./format";
import { Layout, P } from "./layout";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["lost_link"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Le lien de suivi de votre demande ${p.reference} – ${brand.companyName}`
    : `The link to follow your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre lien de suivi"
        preview="Voici le lien pour suivre votre demande."
      >
        <P>Vous avez demandé à recevoir à nouveau le lien de suivi de {request}. Le voici :</P>
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
        <P>
          Ce lien est personnel : ne le partagez pas. Si vous n’avez rien demandé, ignorez ce message : personne d’autre
          ne l’a reçu.
        </P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your tracking link"
      preview="Here is the link to follow your request."
    >
      <P>You asked us to send again the link to follow {request}. Here it is:</P>
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      <P>
        This link is personal: do not share it. If you did not ask for it, ignore this mail: nobody else received it.
      </P>
    </Layout>
  );
};
