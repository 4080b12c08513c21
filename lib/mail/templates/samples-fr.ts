import type { TemplateName } from "./types";

/**
 * The samples' free text (what staff type: reasons, messages, outcomes) in French, for the French
 * previews on /staff/admin/templates: a French mail shown with an English reason looked like a bug.
 * Only the typed fields; references, dates, codes and regimes stay the samples' own.
 */
export const SAMPLE_TEXT_FR: Partial<Record<TemplateName, Record<string, string>>> = {
  clarification_request: {
    message:
      "Nous avons trouvé deux comptes clients à votre nom.\nPouvez-vous nous indiquer le numéro d'une commande récente, afin que nous corrigions le bon compte ?",
  },
  extension_notice: {
    reason:
      "Vos données sont réparties dans plusieurs systèmes, dont notre ancienne plateforme de commandes, que nous devons consulter à la main.",
  },
  refusal: {
    reasonText:
      "Nous devons conserver vos factures 10 ans au titre de nos obligations comptables (Code de commerce, art. L123-22).",
  },
  completion: { summary: "Le lien de téléchargement reste disponible 30 jours." },
  staff_message: {
    message:
      "Merci de votre patience. Nous avons reçu les données de notre partenaire de livraison et terminerons votre demande cette semaine.",
  },
  restriction_lift_notice: {
    reason:
      "Vous contestiez l'exactitude de votre adresse de livraison. Nous l'avons vérifiée avec notre partenaire de livraison : elle est exacte, la limitation n'a donc plus de raison d'être.",
  },
  new_date_notice: {
    reason:
      "Une partie de vos données est détenue par notre ancien prestataire logistique, qui doit nous les extraire.",
  },
  complaint_outcome: {
    outcome:
      "Vous aviez raison : notre première réponse omettait vos tickets d'assistance. Nous les avons ajoutés à vos données et vous prions de nous excuser.",
  },
  appeal_decision: {
    reason: "Les données demandées appartiennent au compte d'un autre client ; nous ne pouvons pas les communiquer.",
  },
  appeal_extension: {
    reason:
      "Votre recours concerne des données détenues par trois de nos systèmes ; nous attendons la réponse de leurs responsables.",
  },
};
