import { requestPhrase } from "./format";
import { Layout, LinkLine, P } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["verification_expired"];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} a été retirée faute de confirmation – ${brand.companyName}`
    : `Your request ${p.reference} was withdrawn: it was not confirmed – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre demande a été retirée"
        preview="Votre demande n’a pas été confirmée à temps."
      >
        <P>{capitalize(request)} n’a pas été confirmée à temps. Nous l’avons donc retirée, sans la traiter.</P>
        <P>Si vous souhaitez toujours exercer vos droits, vous pouvez faire une nouvelle demande à tout moment :</P>
        <LinkLine label="Faire une nouvelle demande :" href={p.portalUrl} />
        <P>Si vous n’êtes pas à l’origine de cette demande, vous n’avez rien à faire.</P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your request was withdrawn"
      preview="Your request was not confirmed in time."
    >
      <P>{capitalize(request)} was not confirmed in time, so we have withdrawn it without handling it.</P>
      <P>If you still want to exercise your rights, you can make a new request at any time:</P>
      <LinkLine label="Make a new request:" href={p.portalUrl} />
      <P>If you did not make this request, you do not need to do anything.</P>
    </Layout>
  );
};
