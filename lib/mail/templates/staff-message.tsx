import { CtaButton, Layout, P, Quote } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["staff_message"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Nouveau message sur votre demande ${p.reference} – ${brand.companyName}`
    : `New message about your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nouveau message sur votre demande"
        preview="Vous avez un nouveau message sur votre demande."
      >
        <P>L’équipe de {brand.companyName} qui traite votre demande vous a écrit :</P>
        <Quote text={p.message} />
        {p.files ? (
          <P>
            {p.files === 1 ? "Un fichier est joint" : `${p.files} fichiers sont joints`} à ce courriel ; vous les
            retrouvez aussi sur la page de votre demande.
          </P>
        ) : null}
        <P>Vous pouvez répondre et suivre votre demande sur sa page :</P>
        <CtaButton href={p.statusUrl} label="Voir ma demande" brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="New message about your request"
      preview="You have a new message about your request."
    >
      <P>The {brand.companyName} team handling your request has written to you:</P>
      <Quote text={p.message} />
      {p.files ? (
        <P>
          {p.files === 1 ? "One file is" : `${p.files} files are`} attached to this mail; they are also kept with your
          request.
        </P>
      ) : null}
      <P>You can reply and follow your request on its page:</P>
      <CtaButton href={p.statusUrl} label="View my request" brand={brand} locale={locale} />
    </Layout>
  );
};
