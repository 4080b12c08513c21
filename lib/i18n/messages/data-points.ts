import type { Locale } from "@/lib/domain/locale";

/** The request form's CCPA identity questions (11 CCR § 7062), in both languages (same keys). */
const en = {
  legend: "Help us confirm it is you (California residents)",
  hint: "California law asks us to match {count} pieces of information about you with our records before we answer this request. Give at least {count}: we only check whether they match, we never show them back.",
  lastName: "Last name on your account",
  phone: "Phone number on your account",
  postcode: "Postcode of a delivery address",
  orderNumber: "An order number",
};

const fr: typeof en = {
  legend: "Aidez-nous à confirmer qu'il s'agit bien de vous (résidents de Californie)",
  hint: "La loi californienne nous demande de rapprocher {count} informations vous concernant de nos dossiers avant de répondre à cette demande. Indiquez-en au moins {count} : nous vérifions seulement qu'elles correspondent, sans jamais vous les réafficher.",
  lastName: "Nom de famille de votre compte",
  phone: "Numéro de téléphone de votre compte",
  postcode: "Code postal d'une adresse de livraison",
  orderNumber: "Un numéro de commande",
};

export type DataPointMessages = typeof en;

export function dataPointMessages(locale: Locale): DataPointMessages {
  return locale === "fr" ? fr : en;
}
