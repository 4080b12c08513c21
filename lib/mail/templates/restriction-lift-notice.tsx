import { formatMailDate } from "./format";
import { Layout, List, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["restriction_lift_notice"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} : la limitation du traitement de vos données va être levée – ${brand.companyName}`
    : `Your request ${p.reference}: the restriction on your data will be lifted – ${brand.companyName}`;

/**
 * Art. 18(3) GDPR: the subject who obtained a restriction is told before it is lifted — when (liftOn: the date the
 * lift is scheduled for, a notice period after this mail), where, why, and what they can do before then (answer us
 * from the status page, where staff see it and can call the lift off; complain to the supervisory authority; go to
 * court).
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const liftOn = formatMailDate(p.liftOn, locale);
  const reason = p.reason.trim();
  // The provision requiring this notice (GDPR/UK GDPR Art. 18(3)), and the regime's own complaint routes.
  const n = noticesFor(locale, p);
  const provision = n.restrictionLiftProvision;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous allons lever la limitation du traitement de vos données"
        preview={`Levée de la limitation prévue le ${liftOn}.`}
      >
        <P>
          À votre demande, nous avons limité le traitement de vos données : nous les conservons seulement, sans les
          utiliser autrement.{" "}
          {provision
            ? `Comme la loi l’exige (${provision}), nous vous prévenons avant de lever cette limitation.`
            : "Comme nous nous y étions engagés, nous vous prévenons avant de lever cette limitation."}
        </P>
        <P>
          Nous lèverons la limitation le <strong>{liftOn}</strong>, pas avant
          {p.systems.length > 0 ? ", dans ces systèmes :" : "."}
        </P>
        {p.systems.length > 0 ? <List items={p.systems} /> : null}
        {reason ? (
          <>
            <P>
              <strong>Pourquoi :</strong>
            </P>
            <Quote text={reason} />
          </>
        ) : null}
        <P>Après cette date, nous pourrons de nouveau utiliser ces données comme avant la limitation.</P>
        <P>
          <strong>Si vous n’êtes pas d’accord</strong>, contactez-nous avant le {liftOn} : écrivez-nous depuis la page
          de votre demande (bouton ci-dessous), répondez à ce message ou contactez notre délégué à la protection des
          données (coordonnées ci-dessous). Nous lirons votre réponse avant de lever la limitation et pouvons y
          renoncer.
        </P>
        <P>Vos autres recours :</P>
        <ComplaintRoutes n={n} />
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We are going to lift the restriction on your data"
      preview={`The restriction is scheduled to be lifted on ${liftOn}.`}
    >
      <P>
        At your request, we restricted the processing of your data: we only store it and do not use it otherwise.{" "}
        {provision
          ? `As the law requires (${provision}), we are telling you before we lift this restriction.`
          : "As we promised, we are telling you before we lift this restriction."}
      </P>
      <P>
        We will lift the restriction on <strong>{liftOn}</strong>, not before
        {p.systems.length > 0 ? ", in these systems:" : "."}
      </P>
      {p.systems.length > 0 ? <List items={p.systems} /> : null}
      {reason ? (
        <>
          <P>
            <strong>Why:</strong>
          </P>
          <Quote text={reason} />
        </>
      ) : null}
      <P>After that date, we may use this data again as we did before the restriction.</P>
      <P>
        <strong>If you disagree</strong>, contact us before {liftOn}: write to us from your request page (button below),
        reply to this mail, or contact our Data Protection Officer (details below). We will read your answer before
        lifting the restriction and may call the lift off.
      </P>
      <P>Your other options:</P>
      <ComplaintRoutes n={n} />
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} personal />
    </Layout>
  );
};
