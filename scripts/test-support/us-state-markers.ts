import type { Locale } from "@/lib/domain/locale";
import { US_STATE_CODES, US_STATE_LAWS, usStateRegime, type UsStateRegimeCode } from "@/lib/domain/us-states";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The Attorney General's site (host and path start) identifies the state: two states never share one. */
export const agHost = (url: string) => new URL(url).host + new URL(url).pathname.split("/").slice(0, 2).join("/");

function perState<T>(f: (state: (typeof US_STATE_CODES)[number]) => T): Record<UsStateRegimeCode, T> {
  return Object.fromEntries(US_STATE_CODES.map((s) => [usStateRegime(s), f(s)])) as Record<UsStateRegimeCode, T>;
}

/** The part of a citation after its "§" (HTML escapes the "&" of "Tex. Bus. & Com. Code"). */
const core = (cite: string) => (cite.split("§").pop() ?? cite).trim();

/** Own markers: the state law's full title and its Attorney General's site, in both languages. */
export const US_OWN: Record<UsStateRegimeCode, Record<Locale, RegExp[]>> = perState((s) => {
  const law = US_STATE_LAWS[s];
  const own = [new RegExp(escape(law.law.title)), new RegExp(escape(agHost(law.attorneyGeneral.value.url)))];
  return { en: own, fr: own };
});

/** Foreign markers: the same, seen in another regime's text, are a leak. */
export const US_FOREIGN: Record<UsStateRegimeCode, RegExp[]> = perState((s) => US_OWN[usStateRegime(s)].en);

/** Plain-string words for the mail tests. */
export const US_OWN_WORDS: Record<UsStateRegimeCode, Record<Locale, string[]>> = perState((s) => {
  const law = US_STATE_LAWS[s];
  const words = [law.law.title, law.attorneyGeneral.value.url];
  return { en: words, fr: words };
});

/** What a state's refusal mail must carry: the appeal's provision (or that none exists) and the AG. */
export const US_REFUSAL_WORDS: Record<UsStateRegimeCode, Record<Locale, string[]>> = perState((s) => {
  const law = US_STATE_LAWS[s];
  const url = law.attorneyGeneral.value.url;
  if (!law.appeal) return { en: ["provides no appeal", url], fr: ["ne prévoit pas de recours", url] };
  return {
    en: [core(law.appeal.decideDays.cite), "appeal", url],
    fr: [core(law.appeal.decideDays.cite), "appel", url],
  };
});

/** What a state's extension notice must carry: the extension's provision, the total, the AG. */
export const US_EXTENSION_WORDS: Record<UsStateRegimeCode, Record<Locale, string[]>> = perState((s) => {
  const law = US_STATE_LAWS[s];
  const total = String(law.respondDays.value + law.extensionDays.value);
  const words = [core(law.extensionDays.cite), total, law.attorneyGeneral.value.url];
  return { en: words, fr: words };
});
