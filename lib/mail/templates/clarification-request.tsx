import { CtaButton, Layout, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["clarification_request"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Nous avons besoin d’une précision sur votre demande ${p.reference} – ${brand.companyName}`
    : `We need more information about your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  // Whether the clock stops is the regime's (UK GDPR Art. 12A; never under CCPA, LGPD, PIPEDA, nFADP).
  const n = noticesFor(locale, p);
  const clock = <P>{p.clockStopped ? n.clock.stopped : n.clock.running}</P>;
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
        {clock}
        <P>
          <strong>Vos recours</strong> si vous n’êtes pas satisfait(e) de notre traitement de votre demande :
        </P>
        <ComplaintRoutes n={n} />
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
      {clock}
      <P>
        <strong>Your options</strong> if you are not satisfied with how we handle your request:
      </P>
      <ComplaintRoutes n={n} />
    </Layout>
  );
};
