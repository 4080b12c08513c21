import { formatMailDate, requestPhrase } from "./format";
import { Code, CtaButton, Layout, P } from "./layout";
import { Remedies, noticesFor } from "./regime";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["verification"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Confirmez votre demande ${p.reference} – ${brand.companyName}`
    : `Confirm your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const n = noticesFor(locale, p);
  const due = formatMailDate(p.dueDate, locale);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Confirmez votre demande"
        preview={`Confirmez ${request}.`}
      >
        <P>
          Nous avons reçu {request}. Pour protéger vos données, nous devons vérifier que cette adresse e-mail vous
          appartient avant de traiter la demande.
        </P>
        <CtaButton href={p.verifyUrl} label="Confirmer ma demande" brand={brand} locale={locale} />
        <P>Ce lien est valable {p.linkHours} heures. Vous pouvez aussi saisir ce code sur la page de votre demande :</P>
        <Code code={p.code} />
        <P>Le code est valable {p.codeMinutes} minutes.</P>
        <P>
          {p.overdue
            ? `Le délai de réponse (${due}) est déjà dépassé : une fois votre demande confirmée, nous vous répondrons dès que possible.`
            : `Une fois votre demande confirmée, nous vous répondrons au plus tard le ${due}.`}
        </P>
        <P>{n.timeLimit}</P>
        {p.agent ? (
          <P>
            Cette demande a été faite pour vous par {p.agent}, qui nous dit agir avec votre autorisation. En la
            confirmant, vous nous permettez d’y donner suite. Si vous n’avez pas donné cette autorisation, ne la
            confirmez pas : elle sera retirée, et aucune de vos données ne sera communiquée ni modifiée.
          </P>
        ) : (
          <P>
            Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : il ne se passera rien. Une demande qui
            n’est pas confirmée est retirée, et aucune de vos données ne sera communiquée ni modifiée.
          </P>
        )}
        <Remedies n={n} locale={locale} ifUnsatisfied />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Confirm your request"
      preview={`Confirm ${request}.`}
    >
      <P>
        We received {request}. To protect your data, we need to check that this e-mail address belongs to you before we
        handle the request.
      </P>
      <CtaButton href={p.verifyUrl} label="Confirm my request" brand={brand} locale={locale} />
      <P>This link is valid for {p.linkHours} hours. You can also enter this code on your request page:</P>
      <Code code={p.code} />
      <P>The code is valid for {p.codeMinutes} minutes.</P>
      <P>
        {p.overdue
          ? `The time to answer (${due}) has already passed: once you have confirmed your request, we will answer as soon as possible.`
          : `Once you have confirmed your request, we will answer by ${due} at the latest.`}
      </P>
      <P>{n.timeLimit}</P>
      {p.agent ? (
        <P>
          This request was made for you by {p.agent}, who tells us you authorised them. Confirming it lets us act on it.
          If you did not authorise them, do not confirm it: it will be withdrawn, and none of your data will be shared
          or changed.
        </P>
      ) : (
        <P>
          If you did not make this request, ignore this mail: nothing will happen. A request that is not confirmed is
          withdrawn, and none of your data will be shared or changed.
        </P>
      )}
      <Remedies n={n} locale={locale} ifUnsatisfied />
    </Layout>
  );
};
