import { requestPhrase } from "./format";
import { Layout, P } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["agent_notice"];

/** To an authorised agent (11 CCR § 7063): the request filed for the consumer was received, or the permission decided. */
export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) => {
  if (locale === "fr")
    return p.decision === "received"
      ? `Demande ${p.reference} reçue pour votre mandant – ${brand.companyName}`
      : `Demande ${p.reference} : autorisation ${p.decision === "approved" ? "acceptée" : "refusée"} – ${brand.companyName}`;
  return p.decision === "received"
    ? `Request ${p.reference} received for the consumer you represent – ${brand.companyName}`
    : `Request ${p.reference}: permission ${p.decision} – ${brand.companyName}`;
};

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const poa = p.permissionKind === "power_of_attorney";
  if (locale === "fr") {
    const heading =
      p.decision === "received"
        ? "Nous avons reçu la demande"
        : p.decision === "approved"
          ? "Votre autorisation est acceptée"
          : "Votre autorisation est refusée";
    return (
      <Layout locale={locale} brand={brand} reference={p.reference} heading={heading} preview={heading}>
        {p.decision === "received" ? (
          <>
            {poa ? (
              <P>
                Nous avons reçu {request}, déposée en tant que mandataire autorisé, avec la procuration (power of
                attorney, Probate Code §§ 4121–4130) du consommateur. Nous examinons ce document ; nous ne demandons pas
                au consommateur de vérifier lui-même son identité (11 CCR § 7063(b)).
              </P>
            ) : (
              <P>
                Nous avons reçu {request}, déposée en tant que mandataire autorisé, avec l’autorisation signée du
                consommateur. Nous examinons cette autorisation et pouvons demander au consommateur de confirmer
                lui-même son identité.
              </P>
            )}
          </>
        ) : p.decision === "approved" ? (
          <P>Nous avons examiné l’autorisation signée : nous traitons {request} pour le consommateur.</P>
        ) : (
          <P>
            Nous avons examiné l’autorisation signée et ne pouvons pas l’accepter : {p.reason}. Nous ne traitons pas{" "}
            {request} en votre nom.
          </P>
        )}
      </Layout>
    );
  }
  const heading =
    p.decision === "received"
      ? "We have received the request"
      : p.decision === "approved"
        ? "Your permission is accepted"
        : "Your permission is not accepted";
  return (
    <Layout locale={locale} brand={brand} reference={p.reference} heading={heading} preview={heading}>
      {p.decision === "received" ? (
        poa ? (
          <P>
            We have received {request}, filed by you as an authorised agent with the consumer’s power of attorney
            (Probate Code §§ 4121–4130). We are reviewing the document; we do not ask the consumer to verify their own
            identity with us (11 CCR § 7063(b)).
          </P>
        ) : (
          <P>
            We have received {request}, filed by you as an authorised agent with the consumer’s signed permission. We
            are reviewing the permission and may ask the consumer to verify their own identity with us directly.
          </P>
        )
      ) : p.decision === "approved" ? (
        <P>We have reviewed the signed permission: we are handling {request} for the consumer.</P>
      ) : (
        <P>
          We have reviewed the signed permission and cannot accept it: {p.reason}. We are not handling {request} on your
          behalf.
        </P>
      )}
    </Layout>
  );
};
