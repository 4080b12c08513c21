import { formatMailDate } from "./format";
import { Layout, P } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["complaint_acknowledged"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre réclamation sur la demande ${p.reference} : accusé de réception – ${brand.companyName}`
    : `Your complaint about request ${p.reference}: acknowledgement – ${brand.companyName}`;

/** UK s. 164A DPA 2018 (Data (Use and Access) Act 2025): a complaint to the controller is acknowledged within 30 days. */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const received = formatMailDate(p.receivedOn, locale);
  const n = noticesFor(locale, p);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous avons bien reçu votre réclamation"
        preview="Nous examinons votre réclamation."
      >
        <P>
          Nous accusons réception de la réclamation que vous nous avez adressée le {received} au sujet de votre demande
          (article 164A du Data Protection Act 2018). Nous l’examinons et vous informerons de son issue sans retard
          injustifié.
        </P>
        <P>Vos autres recours :</P>
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
      heading="We have received your complaint"
      preview="We are looking into your complaint."
    >
      <P>
        We acknowledge the complaint you made to us on {received} about your request (section 164A of the Data
        Protection Act 2018). We are looking into it and will tell you the outcome without undue delay.
      </P>
      <P>Your other options:</P>
      <ComplaintRoutes n={n} controller={false} />
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
