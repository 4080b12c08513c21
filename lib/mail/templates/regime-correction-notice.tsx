import { formatMailDate } from "./format";
import { Layout, P } from "./layout";
import { Remedies, noticesFor } from "./regime";
import { TrackRequestButton } from "./request-link";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["regime_correction_notice"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} : loi applicable et date de notre réponse – ${brand.companyName}`
    : `Your request ${p.reference}: the law that applies and when we will answer – ${brand.companyName}`;

/**
 * Staff corrected the person's residence, and the law it gives (or the controller's calendar) brings the
 * answer's due date before the one the person was told (lib/requests/staff/correct-residence.ts): they are
 * told the law, the new date in the controller's zone and the old one, with the provision that sets the time
 * limit. A later date is never sent here: only an extension the law allows may announce one.
 */
export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const due = `${formatMailDate(p.dueDate, locale)} (${p.timeZone})`;
  const before = formatMailDate(p.previousDueDate, locale);
  const n = noticesFor(locale, p);
  if (locale === "fr") {
    const promise = p.overdue
      ? `Selon cette loi, le délai de réponse a expiré le ${due}, et non le ${before} comme annoncé : nous vous répondrons dès que possible.`
      : null;
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Nous vous répondrons plus tôt que prévu"
        preview={promise ?? `Nous vous répondrons au plus tard le ${due}.`}
      >
        <P>
          Nous avons corrigé votre lieu de résidence dans le dossier de votre demande auprès de {brand.companyName} :
          elle est désormais traitée selon {n.law}.
        </P>
        <P>
          {promise ?? (
            <>
              Nous vous répondrons désormais au plus tard le <strong>{due}</strong>, et non le {before} comme annoncé.
            </>
          )}
        </P>
        <P>{n.timeLimit}</P>
        {p.extensionDropped ? <P>{`La prolongation annoncée ne s'applique plus. ${n.extensionGrounds}`}</P> : null}
        <Remedies n={n} locale={locale} />
        <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
      </Layout>
    );
  }
  const promise = p.overdue
    ? `Under this law, the time to answer ran out on ${due}, not ${before} as we told you: we will answer as soon as possible.`
    : null;
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="We will answer sooner than planned"
      preview={promise ?? `We will answer by ${due} at the latest.`}
    >
      <P>
        We have corrected where you live in the record of your request to {brand.companyName}: it is now handled under{" "}
        {n.law}.
      </P>
      <P>
        {promise ?? (
          <>
            We will now answer by <strong>{due}</strong> at the latest, not {before} as we told you.
          </>
        )}
      </P>
      <P>{n.timeLimit}</P>
      {p.extensionDropped ? <P>{`The extension we told you about no longer applies. ${n.extensionGrounds}`}</P> : null}
      <Remedies n={n} locale={locale} />
      <TrackRequestButton href={p.statusUrl} brand={brand} locale={locale} />
    </Layout>
  );
};
