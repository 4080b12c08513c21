import { requestPhrase } from "./format";
import { Layout, P } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["withdrawal_confirmation"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} a bien été retirée – ${brand.companyName}`
    : `Your request ${p.reference} has been withdrawn – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre demande a été retirée"
        preview="Nous avons retiré votre demande, comme vous l’avez demandé."
      >
        <P>Comme vous l’avez demandé, nous avons retiré {request}. Nous n’y donnerons pas suite.</P>
        <P>Vous pouvez faire une nouvelle demande à tout moment.</P>
        <P>Si vous n’avez pas demandé ce retrait, contactez-nous sans attendre à l’adresse ci-dessous.</P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your request has been withdrawn"
      preview="We have withdrawn your request, as you asked."
    >
      <P>As you asked, we have withdrawn {request}. We will take no further action on it.</P>
      <P>You can make a new request at any time.</P>
      <P>If you did not ask for this withdrawal, contact us straight away using the details below.</P>
    </Layout>
  );
};
