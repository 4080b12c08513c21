import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { homeModel } from "../_home/home-model";
import { HomeView } from "../_home/home-view";

/**
 * The portal home: one list of the rights offered for the chosen residence, each a tap from its form. A
 * server component with no client code of its own (its only form is a GET); what the page still ships
 * is the App Router's runtime (see `npm run bench:portal-js`).
 */
export default async function PortalHome({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ residence?: string | string[] }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { residence } = await searchParams;
  // Global Privacy Control (11 CCR § 7025): say that the browser's signal was seen.
  const gpc = (await headers()).get("sec-gpc") === "1";
  return <HomeView m={homeModel(locale, residence, gpc)} />;
}
