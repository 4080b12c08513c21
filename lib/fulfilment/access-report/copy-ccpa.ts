import type { Locale } from "@/lib/domain/locale";
import { CALIFORNIA_AG, CPPA, type Authority } from "@/lib/domain/regime-texts";

const at = (a: Authority) => `${a.name} (${a.url})`;

/**
 * The right to know (Cal. Civ. Code § 1798.110): the specific pieces, the categories collected, the
 * categories of sources, the business or commercial purposes, the categories of third parties. No
 * GDPR wording: the reader is a California consumer.
 */
export const CCPA = {
  en: {
    intro: (company: string, reference: string) =>
      `This report answers your request to know ${reference} to ${company}, under the California Consumer Privacy Act (Cal. Civ. Code § 1798.110).`,
    confirm: (systems: string[]) =>
      `We collected personal information about you. We found it in ${systems.length === 1 ? "1 system" : `${systems.length} systems`}: ${systems.join(", ")}.`,
    pieces: "The specific pieces of personal information we collected about you",
    summary: "What we collect, from where, why, and who we disclose it to",
    categories: "Categories of personal information we collected",
    sources: "Categories of sources we collected it from",
    purposes: "Business or commercial purposes for collecting it",
    thirdParties: "Categories of third parties we disclosed it to",
    retention: "How long we keep it",
    rights: "Your rights",
    rightsText:
      "You may ask us to delete (§ 1798.105) or correct (§ 1798.106) your personal information, opt out of its sale or sharing (§ 1798.120), and limit the use of sensitive personal information (§ 1798.121). We will not discriminate against you for exercising these rights (§ 1798.125).",
    complaint: "How to complain",
    complaintText: [
      `If you believe we have not complied with the law, you can file a complaint with the ${at(CPPA)} or with the ${at(CALIFORNIA_AG)}.`,
    ],
    sourceSubject: "You",
  },
  fr: {
    intro: (company: string, reference: string) =>
      `Ce rapport répond à votre demande de connaître vos informations ${reference} auprès de ${company}, en application du California Consumer Privacy Act (Cal. Civ. Code § 1798.110).`,
    confirm: (systems: string[]) =>
      `Nous avons collecté des informations personnelles vous concernant. Nous les avons trouvées dans ${systems.length === 1 ? "1 système" : `${systems.length} systèmes`} : ${systems.join(", ")}.`,
    pieces: "Les informations personnelles précises que nous avons collectées à votre sujet",
    summary: "Ce que nous collectons, d'où, pourquoi, et à qui nous le communiquons",
    categories: "Catégories d'informations personnelles collectées",
    sources: "Catégories de sources",
    purposes: "Finalités professionnelles ou commerciales de la collecte",
    thirdParties: "Catégories de tiers à qui nous les avons communiquées",
    retention: "Combien de temps nous les conservons",
    rights: "Vos droits",
    rightsText:
      "Vous pouvez nous demander de supprimer (§ 1798.105) ou de corriger (§ 1798.106) vos informations personnelles, refuser leur vente ou leur partage (§ 1798.120), et limiter l'utilisation de vos informations personnelles sensibles (§ 1798.121). Exercer ces droits ne vous vaudra aucune discrimination (§ 1798.125).",
    complaint: "Comment déposer une plainte",
    complaintText: [
      `Si vous estimez que nous n'avons pas respecté la loi, vous pouvez déposer une plainte auprès de la ${at(CPPA)} ou du ${at(CALIFORNIA_AG)}.`,
    ],
    sourceSubject: "Vous",
  },
} as const satisfies Record<Locale, unknown>;
