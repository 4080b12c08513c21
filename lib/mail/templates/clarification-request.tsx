import { CtaButton, Layout, P, Quote } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["clarification_request"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Nous avons besoin d’une précision sur votre demande ${p.reference} – ${brand.companyName}`
    : `We need more information about your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Une précision sur votre demande"
        preview="Nous avons une question sur votre demande."
      >
        <P>
          Pour traiter votre demande auprès de {brand.companyName}, nous avons besoin d’une précision de votre part :
        </P>
        <Quote text={p.message} />
        <P>Merci de répondre sur la page de votre demande :</P>
        <CtaButton href={p.statusUrl} label="Répondre" brand={brand} locale={locale} />
        {p.clockStopped ? (
          <P>
            Le délai de réponse à votre demande est suspendu jusqu’à votre réponse. Il reprendra dès que nous aurons
            reçu les informations demandées.
          </P>
        ) : null}
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="A question about your request"
      preview="We have a question about your request."
    >
      <P>To handle your request to {brand.companyName}, we need some more information from you:</P>
      <Quote text={p.message} />
      <P>Please reply on your request page:</P>
      <CtaButton href={p.statusUrl} label="Reply" brand={brand} locale={locale} />
      {p.clockStopped ? (
        <P>
          The time limit for answering your request is paused until you reply. It starts again as soon as we receive the
          information we asked for.
        </P>
      ) : null}
    </Layout>
  );
};
