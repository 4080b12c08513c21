import { formatMailDate } from "./format";
import { Layout, LinkLine, P, Quote } from "./layout";
import { ViewRequestButton } from "./request-link";
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
        {!p.closed ? (
          <P>Vous pouvez répondre et suivre votre demande sur sa page :</P>
        ) : p.closed.replyUntil ? (
          <P>
            Cette demande est close. Vous pouvez encore répondre à ce message sur sa page jusqu’au{" "}
            {formatMailDate(p.closed.replyUntil, locale)} inclus ; votre réponse ne rouvre pas la demande. Pour demander
            autre chose, faites une nouvelle demande.
          </P>
        ) : (
          <P>
            Cette demande est close : vous ne pouvez plus y répondre sur sa page. Pour demander autre chose, faites une
            nouvelle demande.
          </P>
        )}
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
        {p.closed ? <LinkLine label="Faire une nouvelle demande :" href={p.closed.portalUrl} /> : null}
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
      {!p.closed ? (
        <P>You can reply and follow your request on its page:</P>
      ) : p.closed.replyUntil ? (
        <P>
          This request is closed. You can still answer this message on its page until{" "}
          {formatMailDate(p.closed.replyUntil, locale)} inclusive; your answer does not reopen the request. To ask for
          something else, make a new request.
        </P>
      ) : (
        <P>
          This request is closed: you can no longer answer on its page. To ask for something else, make a new request.
        </P>
      )}
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      {p.closed ? <LinkLine label="Make a new request:" href={p.closed.portalUrl} /> : null}
    </Layout>
  );
};
