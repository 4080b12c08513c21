import { Layout, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["complaint_outcome"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre réclamation sur la demande ${p.reference} : notre réponse – ${brand.companyName}`
    : `Your complaint about request ${p.reference}: our answer – ${brand.companyName}`;

/** UK s. 164A DPA 2018: the complainant is told the outcome of the complaint; then the ICO route. */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const n = noticesFor(locale, p);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="L’issue de votre réclamation"
        preview="Notre réponse à votre réclamation."
      >
        <P>Nous avons examiné la réclamation que vous nous avez adressée au sujet de votre demande. Notre réponse :</P>
        <Quote text={p.outcome} />
        <P>Si cette réponse ne vous satisfait pas :</P>
        <ComplaintRoutes n={n} controller={false} />
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="The outcome of your complaint"
      preview="Our answer to your complaint."
    >
      <P>We have looked into the complaint you made to us about your request. Our answer:</P>
      <Quote text={p.outcome} />
      <P>If you are not satisfied with this answer:</P>
      <ComplaintRoutes n={n} controller={false} />
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
