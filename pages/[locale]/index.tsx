import type { GetServerSideProps } from "next";
import Head from "next/head";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { homeModel, type HomeModel } from "@/app/(portal)/_home/home-model";
import { HomeView } from "@/app/(portal)/_home/home-view";
import { PortalChrome, StaticLanguageSwitch } from "@/app/(portal)/portal-chrome";

/**
 * The portal home, the one Pages Router page: it needs no script (its only form is a GET), and the Pages
 * Router can leave the React runtime out entirely — the App Router always ships ~140 kB of it (issue 16).
 */
export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<{ m: HomeModel }> = async ({ params, query, req }) => {
  const locale = String(params?.locale ?? "");
  if (!isLocale(locale)) return { notFound: true };
  // Global Privacy Control (11 CCR § 7025): say that the browser's signal was seen.
  const gpc = req.headers["sec-gpc"] === "1";
  return { props: { m: homeModel(locale, query.residence, gpc) } };
};

export default function PortalHome({ m }: { m: HomeModel }) {
  const t = messages(m.locale);
  const rest = m.residence ? `?residence=${encodeURIComponent(m.residence.code)}` : "";
  return (
    <>
      <Head>
        <title>{`${t.portal.title} — ${m.brand.companyName}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="same-origin" />
      </Head>
      <PortalChrome
        locale={m.locale}
        brand={m.brand}
        languageSwitch={<StaticLanguageSwitch locale={m.locale} rest={rest} />}
      >
        <HomeView m={m} />
      </PortalChrome>
    </>
  );
}
