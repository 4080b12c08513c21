import { formatMailDate } from "./format";
import { Layout, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";
import { regimeTexts } from "@/lib/domain/regime-texts";

type Params = TemplateParams["extension_notice"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} : nouveau délai de réponse – ${brand.companyName}`
    : `Your request ${p.reference}: new response date – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const newDue = formatMailDate(p.newDueDate, locale);
  // The provision that allows the extension and the complaint route, in the requester's regime.
  const basis =
    regimeTexts(p.regime, locale, { name: p.authorityName, url: p.authorityUrl }, p.residence).extension ?? [];
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous avons besoin de plus de temps"
        preview={`Nous vous répondrons au plus tard le ${newDue}.`}
      >
        <P>
          Nous traitons votre demande auprès de {brand.companyName}, mais nous avons besoin de plus de temps pour y
          répondre complètement, pour la raison suivante :
        </P>
        <Quote text={p.reason} />
        <P>
          Nous vous répondrons au plus tard le <strong>{newDue}</strong>.
        </P>
        {basis.map((text, i) => (
          <P key={i}>{text}</P>
        ))}
        {basis.length === 0 ? <ComplaintRoutes n={noticesFor(locale, p)} /> : null}
        <P>Vous pouvez suivre votre demande sur sa page :</P>
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We need more time"
      preview={`We will answer by ${newDue} at the latest.`}
    >
      <P>
        We are working on your request to {brand.companyName}, but we need more time to answer it fully, for this
        reason:
      </P>
      <Quote text={p.reason} />
      <P>
        We will answer by <strong>{newDue}</strong> at the latest.
      </P>
      {basis.map((text, i) => (
        <P key={i}>{text}</P>
      ))}
      {basis.length === 0 ? <ComplaintRoutes n={noticesFor(locale, p)} /> : null}
      <P>You can follow your request on its page:</P>
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
