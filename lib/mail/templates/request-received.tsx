import { isOptOutType } from "@/lib/domain/vocabulary";
import { formatMailDate, requestPhrase } from "./format";
import { Layout, P } from "./layout";
import { Remedies, noticesFor } from "./regime";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["request_received"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Nous avons bien reçu votre demande ${p.reference} – ${brand.companyName}`
    : `We have received your request ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const due = formatMailDate(p.dueDate, locale);
  // A letter entered after its time limit ran out: say so, and promise no date that has passed (Art. 12(3) GDPR
  // "without undue delay"; the verification mail says the same, verification.tsx).
  const promise = p.overdue
    ? locale === "fr"
      ? `Le délai de réponse (${due}) est déjà dépassé : nous vous répondrons dès que possible.`
      : `The time to answer (${due}) has already passed: we will answer as soon as possible.`
    : locale === "fr"
      ? `Nous vous répondrons au plus tard le ${due}.`
      : `We will answer by ${due} at the latest.`;
  // The regime's time limit, its extension grounds (or that there are none), PIPEDA's deemed refusal, the complaint routes.
  const n = noticesFor(locale, p);
  // An opt-out is filed without verification (11 CCR § 7026(d), § 7027(e); the states' opt-outs alike): the person
  // confirmed nothing, so it is "received", never "thank you for confirming".
  const optOut = isOptOutType(p.type);
  const law = (
    <>
      <P>{n.timeLimit}</P>
      <P>{n.extensionGrounds}</P>
      {n.silence ? <P>{n.silence}</P> : null}
    </>
  );
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading={optOut ? "Votre demande est enregistrée" : "Votre demande est confirmée"}
        preview={promise}
      >
        <P>
          {optOut
            ? `Nous avons bien reçu ${requestPhrase(p.type, locale, brand.companyName, p.regime)} ; elle ne demande aucune preuve d’identité. Nous avons commencé à la traiter.`
            : p.checkedByStaff
              ? `Nous avons bien reçu ${requestPhrase(p.type, locale, brand.companyName, p.regime)} et vérifié votre identité. Nous avons commencé à la traiter.`
              : `Merci d’avoir confirmé ${requestPhrase(p.type, locale, brand.companyName, p.regime)}. Nous avons commencé à la traiter.`}
        </P>
        <P>{promise}</P>
        {law}
        <P>Vous pouvez suivre l’avancement de votre demande à tout moment sur sa page :</P>
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
        <P>Ce lien est personnel : ne le partagez pas, car toute personne qui le possède peut voir votre demande.</P>
        <Remedies n={n} locale={locale} ifUnsatisfied />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading={optOut ? "Your request is recorded" : "Your request is confirmed"}
      preview={promise}
    >
      <P>
        {optOut
          ? `We have received ${requestPhrase(p.type, locale, brand.companyName, p.regime)}; it needs no proof of identity. We have started working on it.`
          : p.checkedByStaff
            ? `We have received ${requestPhrase(p.type, locale, brand.companyName, p.regime)} and checked your identity. We have started working on it.`
            : `Thank you for confirming ${requestPhrase(p.type, locale, brand.companyName, p.regime)}. We have started working on it.`}
      </P>
      <P>{promise}</P>
      {law}
      <P>You can follow your request at any time on its page:</P>
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      <P>This link is personal: do not share it, as anyone who has it can see your request.</P>
      <Remedies n={n} locale={locale} ifUnsatisfied />
    </Layout>
  );
};
