import { appealDeniedRoute } from "@/lib/domain/regime-notices/us-states";
import { usStateLaw } from "@/lib/domain/us-states";
import { Layout, P, Quote } from "./layout";
import { ComplaintRoutes, noticesFor } from "./regime";
import { ViewRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["appeal_decision"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre appel sur la demande ${p.reference} : notre décision – ${brand.companyName}`
    : `Your appeal about request ${p.reference}: our decision – ${brand.companyName}`;

/**
 * The decision on an appeal of a refusal (US state laws). Denied: how to complain to the state's Attorney
 * General (e.g. Va. Code § 59.1-577(C)). Granted: the request is reopened and we answer it; Colorado also
 * names the Attorney General then (C.R.S. § 6-1-1306(3)(c): "concerns about the result of the appeal").
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const n = noticesFor(locale, p);
  const law = usStateLaw(p.regime);
  const denied = p.decision === "denied";
  // Denied: every state with an appeal; granted too where the law says "the result" (Colorado).
  const agRoute = denied || law?.appeal?.attorneyGeneralOnAnyResult?.value === true;
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading={denied ? "Votre appel est rejeté" : "Votre appel est accueilli"}
        preview="Notre décision sur votre appel."
      >
        <P>
          {denied
            ? "Nous avons réexaminé notre refus à la suite de votre appel et le maintenons, pour la raison suivante :"
            : "Nous avons réexaminé notre refus à la suite de votre appel et l'annulons : nous rouvrons votre demande et y répondrons."}
        </P>
        <Quote text={p.reason} />
        {agRoute ? law ? <P>{appealDeniedRoute(law, locale)}</P> : <ComplaintRoutes n={n} controller={false} /> : null}
        <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading={denied ? "Your appeal is denied" : "Your appeal is granted"}
      preview="Our decision on your appeal."
    >
      <P>
        {denied
          ? "We have reviewed our refusal following your appeal and we maintain it, for this reason:"
          : "We have reviewed our refusal following your appeal and reversed it: your request is reopened and we will answer it."}
      </P>
      <Quote text={p.reason} />
      {agRoute ? law ? <P>{appealDeniedRoute(law, locale)}</P> : <ComplaintRoutes n={n} controller={false} /> : null}
      <ViewRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
