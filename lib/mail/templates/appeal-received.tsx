import { frArticle } from "@/lib/domain/french-article";
import { usStateLaw } from "@/lib/domain/us-states";
import { formatMailDate } from "./format";
import { Layout, P } from "./layout";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["appeal_received"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre appel sur la demande ${p.reference} est bien reçu – ${brand.companyName}`
    : `We have received your appeal about request ${p.reference} – ${brand.companyName}`;

/**
 * Acknowledges an appeal of a refusal (US state laws): who looks at it (someone other than the person who
 * refused), the date the state's law gives us to decide, in the controller's zone, and where the law allows
 * a longer decision period (Colorado, Minnesota, New Jersey), that we would tell them before that date.
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const law = usStateLaw(p.regime);
  const by = `${formatMailDate(p.decideBy, locale)} (${p.timeZone})`;
  const cite = law?.appeal?.decideDays.cite;
  const ext = law?.appeal?.decideExtensionDays?.value ?? null;
  // Colorado names the Attorney General whatever the result (C.R.S. § 6-1-1306(3)(c)); elsewhere on a denial.
  const agAnyResult = law?.appeal?.attorneyGeneralOnAnyResult?.value === true;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous avons reçu votre appel"
        preview={`Nous déciderons au plus tard le ${by}.`}
      >
        <P>
          Votre appel contre notre refus est enregistré. Une personne de {brand.companyName} qui n&apos;a pas pris la
          première décision (notre délégué à la protection des données ou un administrateur) réexamine votre demande et
          vos arguments.
        </P>
        <P>
          Nous vous enverrons notre décision motivée par e-mail au plus tard le <strong>{by}</strong>
          {cite && law ? `, comme l'exige ${frArticle("le", cite)} (${law.law.title})` : ""}.
          {ext
            ? ` Si ce réexamen demande plus de temps, la loi nous permet de le prolonger de ${ext} jours au plus : nous vous en informerions avant cette date, avec la raison.`
            : ""}
        </P>
        <P>
          {agAnyResult
            ? "Quelle que soit notre décision, nous vous indiquerons comment saisir l'autorité de l'État si elle vous préoccupe."
            : "Si nous maintenons le refus, nous vous indiquerons comment saisir l'autorité de l'État."}
        </P>
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We have received your appeal"
      preview={`We will decide by ${by} at the latest.`}
    >
      <P>
        Your appeal of our refusal is recorded. Someone at {brand.companyName} who did not make the first decision (our
        data protection officer or an administrator) is reviewing your request and what you told us.
      </P>
      <P>
        We will e-mail you our decision, with its reasons, by <strong>{by}</strong> at the latest
        {cite && law ? `, as ${cite} (${law.law.title}) requires` : ""}.
        {ext
          ? ` If the review needs more time, the law lets us extend it by up to ${ext} days: we would tell you before that date, with the reason.`
          : ""}
      </P>
      <P>
        {agAnyResult
          ? "Whatever we decide, we will tell you how to contact the state's Attorney General if you have concerns about the result."
          : "If we maintain the refusal, we will tell you how to contact the state's Attorney General."}
      </P>
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
