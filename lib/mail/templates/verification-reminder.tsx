import { formatMailDate, requestPhrase } from "./format";
import { CtaButton, Layout, P } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["verification_reminder"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Rappel : confirmez votre demande ${p.reference} – ${brand.companyName}`
    : `Reminder: confirm your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const withdrawOn = formatMailDate(p.withdrawOn, locale);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre demande attend votre confirmation"
        preview={`Confirmez votre demande avant le ${withdrawOn}.`}
      >
        <P>
          Vous n’avez pas encore confirmé {request}. Nous ne pouvons pas la traiter tant que vous ne l’avez pas
          confirmée.
        </P>
        <CtaButton href={p.verifyUrl} label="Confirmer ma demande" brand={brand} locale={locale} />
        <P>Sans confirmation de votre part d’ici le {withdrawOn}, la demande sera retirée.</P>
        <P>Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : il ne se passera rien.</P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your request is waiting for your confirmation"
      preview={`Confirm your request before ${withdrawOn}.`}
    >
      <P>You have not yet confirmed {request}. We cannot handle it until you confirm it.</P>
      <CtaButton href={p.verifyUrl} label="Confirm my request" brand={brand} locale={locale} />
      <P>If you do not confirm it by {withdrawOn}, the request will be withdrawn.</P>
      <P>If you did not make this request, ignore this mail: nothing will happen.</P>
    </Layout>
  );
};
