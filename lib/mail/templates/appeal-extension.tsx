import { frArticle } from "@/lib/domain/french-article";
import { usStateLaw } from "@/lib/domain/us-states";
import { formatMailDate } from "./format";
import { Layout, P, Quote } from "./layout";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["appeal_extension"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre appel sur la demande ${p.reference} : nouvelle date de décision – ${brand.companyName}`
    : `Your appeal about request ${p.reference}: new decision date – ${brand.companyName}`;

/** The appeal's decision period is extended where the state's law allows it (e.g. C.R.S. § 6-1-1306(3)(b)). */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const law = usStateLaw(p.regime);
  const by = `${formatMailDate(p.newDate, locale)} (${p.timeZone})`;
  const cite = law?.appeal?.decideExtensionDays?.cite;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous avons besoin de plus de temps pour décider de votre appel"
        preview={`Nous déciderons au plus tard le ${by}.`}
      >
        <P>
          Nous prolongeons le délai de réexamen de votre appel
          {cite && law ? `, comme le permet ${frArticle("le", cite)} (${law.law.title})` : ""}, pour la raison suivante
          :
        </P>
        <Quote text={p.reason} />
        <P>
          Nous vous enverrons notre décision au plus tard le <strong>{by}</strong>.
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
      heading="We need more time to decide your appeal"
      preview={`We will decide by ${by} at the latest.`}
    >
      <P>
        We are extending the time to review your appeal{cite && law ? `, as ${cite} (${law.law.title}) allows` : ""},
        for this reason:
      </P>
      <Quote text={p.reason} />
      <P>
        We will send you our decision by <strong>{by}</strong> at the latest.
      </P>
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
