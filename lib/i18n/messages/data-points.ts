import type { Locale } from "@/lib/domain/locale";

/** The request form's CCPA identity questions (11 CCR § 7062), in both languages (same keys). */
const en = {
  legend: "Help us confirm it is you (California residents)",
  hint: "California law asks us to match {count} pieces of information about you with our records before we answer this request. Give at least {count}: we only check whether they match, we never show them back.",
  lastName: "Last name on your account",
  phone: "Phone number on your account",
  postcode: "Postcode of a delivery address",
  orderNumber: "An order number",
  declaration:
    "I declare under penalty of perjury under the laws of the State of California that I am the consumer whose personal information is the subject of this request.",
  declarationHint:
    "California law requires this signed declaration before we give you the specific pieces of personal information we hold (Cal. Code Regs., tit. 11, § 7062(c)). Ticking the box, with your full name above, is your signature.",
};

const fr: typeof en = {
  legend: "Aidez-nous à confirmer qu'il s'agit bien de vous (résidents de Californie)",
  hint: "La loi californienne nous demande de rapprocher {count} informations vous concernant de nos dossiers avant de répondre à cette demande. Indiquez-en au moins {count} : nous vérifions seulement qu'elles correspondent, sans jamais vous les réafficher.",
  lastName: "Nom de famille de votre compte",
  phone: "Numéro de téléphone de votre compte",
  postcode: "Code postal d'une adresse de livraison",
  orderNumber: "Un numéro de commande",
  declaration:
    "Je déclare sous peine de parjure, en vertu des lois de l'État de Californie, être le consommateur ou la consommatrice dont les informations personnelles font l'objet de cette demande.",
  declarationHint:
    "La loi californienne exige cette déclaration signée avant que nous vous communiquions les éléments précis d'informations personnelles que nous détenons (Cal. Code Regs., tit. 11, § 7062(c)). Cocher la case, avec votre nom complet ci-dessus, vaut signature.",
};

export type DataPointMessages = typeof en;

export function dataPointMessages(locale: Locale): DataPointMessages {
  return locale === "fr" ? fr : en;
}
