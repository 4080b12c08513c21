import { formatDate as formatLocalDate } from "@/lib/domain/deadline/format-date";
import type { RefusalReason, RequestType } from "@/lib/domain/vocabulary";
import type { PackageWindow } from "@/lib/domain/completion-result";
import type { Locale } from "@/lib/domain/locale";

/** "15 July 2025" / "15 juillet 2025" ("1er" in French) for a YYYY-MM-DD date, read at UTC noon. Throws on a malformed date. */
export function formatMailDate(date: string, locale: Locale): string {
  return formatLocalDate(date, locale);
}

/**
 * Until when a package can be downloaded: "31 December 2026 at 20:00 (America/Los_Angeles)" — the instant in the
 * controller's zone, labelled, as on the status page; the date alone for results written before the instant was kept.
 */
export function formatPackageUntil(w: PackageWindow, locale: Locale): string {
  if (!w.availableUntilAt || !w.timeZone) return formatMailDate(w.availableUntil, locale);
  const at = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: w.timeZone,
  }).format(new Date(w.availableUntilAt));
  return `${at} (${w.timeZone})`;
}

const TYPE_LABELS: Record<Locale, Record<RequestType, string>> = {
  en: {
    access: "access to your data",
    rectification: "rectification (correction) of your data",
    erasure: "erasure of your data",
    portability: "portability of your data (a copy to reuse elsewhere)",
    restriction: "restriction of processing",
    objection: "objection to processing",
    opt_out_sale: "do not sell or share your personal information",
    limit_sensitive: "limit the use of your sensitive personal information",
    opt_out_targeted_ads: "opt out of targeted advertising",
    opt_out_profiling: "opt out of profiling for decisions with legal or similarly significant effects",
    opt_out_sensitive: "opt out of the processing of your sensitive data",
    question_profiling: "question the result of a decision made by profiling",
    confirmation: "confirmation of whether we process your personal data",
  },
  fr: {
    access: "accès à vos données",
    rectification: "rectification de vos données",
    erasure: "effacement de vos données",
    portability: "portabilité de vos données (une copie réutilisable ailleurs)",
    restriction: "limitation du traitement",
    objection: "opposition au traitement",
    opt_out_sale: "ne pas vendre ni partager vos informations personnelles",
    limit_sensitive: "limiter l’utilisation de vos informations personnelles sensibles",
    opt_out_targeted_ads: "refus de la publicité ciblée",
    opt_out_profiling: "refus du profilage en vue de décisions aux effets juridiques ou similairement importants",
    opt_out_sensitive: "refus du traitement de vos données sensibles",
    question_profiling: "contestation du résultat d’une décision prise par profilage",
    confirmation: "confirmation que nous traitons ou non vos données personnelles",
  },
};

/**
 * "Sell or share" is the CCPA's pair (Cal. Civ. Code § 1798.120); the other states' laws grant an opt-out of the
 * sale of personal data only (e.g. C.R.S. § 6-1-1306(1)(a)(I)(B), Va. Code § 59.1-577(A)(5)).
 */
const STATE_SALE_LABEL: Record<Locale, string> = {
  en: "opt out of the sale of your personal data",
  fr: "refus de la vente de vos données personnelles",
};

/** True for a US state's law other than California's CCPA ("US_CO", …). */
export const isUsStateRegime = (regime?: string | null): boolean => Boolean(regime?.startsWith("US_"));

/** The request type in plain words: "access to your data" / "accès à vos données"; the regime words an opt-out of sale. */
export function typeLabel(type: RequestType, locale: Locale, regime?: string | null): string {
  if (type === "opt_out_sale" && isUsStateRegime(regime)) return STATE_SALE_LABEL[locale];
  return TYPE_LABELS[locale][type];
}

/**
 * "your request to Acme for access to your data" / "votre demande d’accès à vos données auprès de Acme"
 * (French elision handled).
 */
export function requestPhrase(type: RequestType, locale: Locale, companyName: string, regime?: string | null): string {
  const label = typeLabel(type, locale, regime);
  if (locale === "en") return `your request to ${companyName} for ${label}`;
  const de = /^[aeiouyàâéèêîô]/i.test(label) ? "d’" : "de ";
  return `votre demande ${de}${label} auprès de ${companyName}`;
}

const REFUSAL_REASONS: Record<Locale, Record<RefusalReason, string>> = {
  en: {
    identity_not_verified:
      "We could not confirm that you are the person the data is about. To protect that person’s data, we cannot act on a request when we cannot verify the identity of the person making it.",
    manifestly_unfounded:
      "We consider your request to be manifestly unfounded. The law allows us to refuse such a request.",
    excessive:
      "We consider your request to be excessive, in particular because it repeats earlier requests. The law allows us to refuse such a request.",
    exemption:
      "A legal exception applies to the data concerned, so we are not able to do what you asked, in whole or in part.",
    not_found: "We searched our systems and found no personal data about you that this request could apply to.",
    other: "We are not able to act on your request, for the reasons explained below.",
    compelling_grounds:
      "We weighed your objection. The law allows us to continue this processing only if we demonstrate compelling legitimate grounds for it which override your interests, rights and freedoms, or if we need it to establish, exercise or defend legal claims (Article 21(1)). We consider that this is the case here, for the reasons explained below; we will therefore continue this processing.",
    right_not_granted:
      "The data protection law that protects you, which follows where you live, does not give the right you exercised, so we are not required to act on this request; we have decided not to, for the reasons explained below. You keep every right that this law does give you, and you may exercise them at any time.",
  },
  fr: {
    identity_not_verified:
      "Nous n’avons pas pu confirmer que vous êtes la personne concernée par les données. Pour protéger les données de cette personne, nous ne pouvons pas donner suite à une demande lorsque nous ne pouvons pas vérifier l’identité de son auteur.",
    manifestly_unfounded:
      "Nous considérons que votre demande est manifestement infondée. La loi nous permet de refuser une telle demande.",
    excessive:
      "Nous considérons que votre demande est excessive, notamment parce qu’elle répète des demandes précédentes. La loi nous permet de refuser une telle demande.",
    exemption:
      "Une exception prévue par la loi s’applique aux données concernées : nous ne pouvons donc pas faire ce que vous avez demandé, en tout ou en partie.",
    not_found:
      "Nous avons cherché dans nos systèmes et n’avons trouvé aucune donnée personnelle vous concernant à laquelle cette demande pourrait s’appliquer.",
    other: "Nous ne pouvons pas donner suite à votre demande, pour les raisons expliquées ci-dessous.",
    compelling_grounds:
      "Nous avons examiné votre opposition. La loi ne nous permet de poursuivre ce traitement que si nous démontrons des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou s’il est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1). Nous estimons que c’est le cas ici, pour les raisons expliquées ci-dessous ; nous poursuivrons donc ce traitement.",
    right_not_granted:
      "La loi sur la protection des données qui vous protège, celle de votre lieu de résidence, ne prévoit pas le droit que vous avez exercé : nous ne sommes donc pas tenus de donner suite à cette demande, et nous avons décidé de ne pas le faire, pour les raisons expliquées ci-dessous. Vous conservez tous les droits que cette loi vous donne et pouvez les exercer à tout moment.",
  },
};

/** The refusal reason in plain words. */
export function refusalReasonText(reason: RefusalReason, locale: Locale): string {
  return REFUSAL_REASONS[locale][reason];
}

/**
 * A technical table or field name in plain words: the part after the last dot, "_" as spaces, first letter capitalised.
 * "shop.order_items" → "Order items", "first_name" → "First name".
 */
export function humaniseName(technical: string): string {
  const last = technical.trim().split(".").pop() ?? "";
  const words = last.replace(/_+/g, " ").replace(/\s+/g, " ").trim();
  if (!words) return technical.trim();
  return words.charAt(0).toLocaleUpperCase("en") + words.slice(1);
}

/**
 * "Customers (Demo Shop)" for table "shop.customers" in system "Demo Shop"; the system's own title for the
 * table when it gave one ("Vos commandes (Demo Shop)").
 */
export function tableLabel(system: string, table: string, title?: string): string {
  const name = title?.trim() || humaniseName(table);
  const sys = system.trim();
  return sys ? `${name} (${sys})` : name;
}

/** "1 record" / "3 records"; "1 enregistrement" / "0 enregistrement" / "3 enregistrements". */
export function recordCount(n: number, locale: Locale): string {
  if (locale === "fr") return `${n} enregistrement${n > 1 ? "s" : ""}`;
  return `${n} record${n === 1 ? "" : "s"}`;
}
