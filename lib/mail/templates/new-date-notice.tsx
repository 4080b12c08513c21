import { formatMailDate } from "./format";
import { Layout, P, Quote } from "./layout";
import { Remedies, noticesFor } from "./regime";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["new_date_notice"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} : date de notre réponse – ${brand.companyName}`
    : `Your request ${p.reference}: when we will answer – ${brand.companyName}`;

/**
 * nFADP: when the information cannot be given within 30 days, the controller tells the person and gives the
 * date by which it will be (art. 18 al. 2 OPDo, SR 235.11). Offered on Swiss requests only.
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const date = formatMailDate(p.newDate, locale);
  const n = noticesFor(locale, p);
  const provision = n.newDateProvision;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous vous répondrons plus tard que prévu"
        preview={`Nous vous répondrons au plus tard le ${date}.`}
      >
        <P>
          Nous ne pouvons pas répondre à votre demande auprès de {brand.companyName} dans les 30 jours, pour la raison
          suivante :
        </P>
        <Quote text={p.reason} />
        <P>
          Nous vous répondrons au plus tard le <strong>{date}</strong>.
          {provision ? ` Nous vous en informons conformément à l'${provision}.` : null}
        </P>
        <Remedies n={n} locale={locale} />
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We will answer later than planned"
      preview={`We will answer by ${date} at the latest.`}
    >
      <P>We cannot answer your request to {brand.companyName} within 30 days, for this reason:</P>
      <Quote text={p.reason} />
      <P>
        We will answer by <strong>{date}</strong> at the latest.
        {provision ? ` We are telling you so as ${provision} requires.` : null}
      </P>
      <Remedies n={n} locale={locale} />
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
