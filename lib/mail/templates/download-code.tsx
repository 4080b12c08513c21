import { formatPackageUntil } from "./format";
import { Code, Layout, P } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["download_code"];

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre code de téléchargement ${p.reference} – ${brand.companyName}`
    : `Your download code ${p.reference} – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const until = formatPackageUntil(p, locale);
  if (locale === "fr") {
    return (
      <Layout
        locale={locale}
        brand={brand}
        reference={p.reference}
        heading="Votre code pour télécharger vos données"
        preview={`Code valable ${p.codeMinutes} minutes.`}
      >
        <P>Saisissez ce code sur la page de votre demande pour télécharger vos données :</P>
        <Code code={p.code} />
        <P>
          Le code est valable {p.codeMinutes} minutes et sert à un seul téléchargement. Le fichier reste disponible
          jusqu’au {until} ; téléchargements restants : {p.downloadsLeft}.
        </P>
        <P>Si vous n’avez pas demandé ce code, ignorez ce message et ne le communiquez à personne.</P>
      </Layout>
    );
  }
  return (
    <Layout
      locale={locale}
      brand={brand}
      reference={p.reference}
      heading="Your code to download your data"
      preview={`Code valid for ${p.codeMinutes} minutes.`}
    >
      <P>Enter this code on your request page to download your data:</P>
      <Code code={p.code} />
      <P>
        The code is valid for {p.codeMinutes} minutes and for one download. The file stays available until {until};
        downloads left: {p.downloadsLeft}.
      </P>
      <P>If you did not ask for this code, ignore this mail and do not share it.</P>
    </Layout>
  );
};
