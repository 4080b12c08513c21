import type { RequestType } from "@/lib/dsr/types";
import { requestPhrase, type MailLocale } from "./format";
import { CtaButton, Layout, P, Quote } from "./layout";
import type { MailTemplate, TemplateParams } from "./types";

type Params = TemplateParams["completion"];

const OUTCOME: Record<MailLocale, Record<RequestType, string>> = {
  en: {
    access: "Your data is ready to download on your request page, together with a report explaining how we use it.",
    portability: "Your data is ready to download on your request page, in a structured, machine-readable format that you can reuse with another service.",
    erasure: "We erased your data. See the details on your request page, including any data the law requires us to keep, and why.",
    rectification: "We corrected your data as you asked. See the details on your request page.",
    restriction:
      "We have restricted the processing of your data: from now on we only store it and do not use it otherwise. We will tell you before we lift this restriction. See the details on your request page.",
    objection: "We have stopped using your data for the processing you objected to. See the details on your request page.",
  },
  fr: {
    access: "Vos données sont prêtes à être téléchargées sur la page de votre demande, avec un rapport expliquant comment nous les utilisons.",
    portability:
      "Vos données sont prêtes à être téléchargées sur la page de votre demande, dans un format structuré et lisible par machine, réutilisable auprès d’un autre service.",
    erasure:
      "Nous avons effacé vos données. Consultez le détail sur la page de votre demande, y compris les données que la loi nous oblige à conserver, et pourquoi.",
    rectification: "Nous avons corrigé vos données comme vous l’avez demandé. Consultez le détail sur la page de votre demande.",
    restriction:
      "Nous avons limité le traitement de vos données : désormais, nous les conservons seulement, sans les utiliser autrement. Nous vous préviendrons avant de lever cette limitation. Consultez le détail sur la page de votre demande.",
    objection: "Nous avons cessé d’utiliser vos données pour le traitement auquel vous vous êtes opposé(e). Consultez le détail sur la page de votre demande.",
  },
};

export const subject: MailTemplate<Params>["subject"] = (locale, p, brand) =>
  locale === "fr"
    ? `Votre demande ${p.reference} est traitée – ${brand.companyName}`
    : `Your request ${p.reference} is complete – ${brand.companyName}`;

export const Component: MailTemplate<Params>["Component"] = ({ locale, params: p, brand }) => {
  const request = requestPhrase(p.type, locale, brand.companyName);
  const summary = p.summary?.trim();
  if (locale === "fr") {
    return (
      <Layout locale={locale} brand={brand} reference={p.reference} heading="Votre demande est traitée" preview={OUTCOME.fr[p.type]}>
        <P>Nous avons traité {request}.</P>
        <P>{OUTCOME.fr[p.type]}</P>
        {summary ? (
          <>
            <P>Message de notre équipe :</P>
            <Quote text={summary} />
          </>
        ) : null}
        <CtaButton href={p.statusUrl} label="Voir ma demande" brand={brand} locale={locale} />
        <P>Ce lien est personnel : ne le partagez pas.</P>
      </Layout>
    );
  }
  return (
    <Layout locale={locale} brand={brand} reference={p.reference} heading="Your request is complete" preview={OUTCOME.en[p.type]}>
      <P>We have completed {request}.</P>
      <P>{OUTCOME.en[p.type]}</P>
      {summary ? (
        <>
          <P>A note from our team:</P>
          <Quote text={summary} />
        </>
      ) : null}
      <CtaButton href={p.statusUrl} label="View my request" brand={brand} locale={locale} />
      <P>This link is personal: do not share it.</P>
    </Layout>
  );
};
