import type { namesEn } from "./names-en";

export const namesFr: typeof namesEn = {
  mailNames: {
    verification: "Code de vérification",
    verification_reminder: "Rappel de vérification",
    request_received: "Accusé de réception",
    verification_expired: "Vérification expirée",
    withdrawal_confirmation: "Confirmation de retrait",
    clarification_request: "Demande de précisions",
    extension_notice: "Avis de prolongation",
    refusal: "Refus",
    completion: "Réponse finale",
    staff_message: "Message de l'équipe",
    agent_notice: "Avis au mandataire",
    lost_link: "Lien perdu",
    download_code: "Code de téléchargement",
    restriction_lift_notice: "Avis avant la levée d'une limitation",
    new_date_notice: "Avis de nouvelle date",
    complaint_acknowledged: "Accusé de réception de la réclamation",
    complaint_outcome: "Issue de la réclamation",
    appeal_decision: "Décision sur le recours",
    appeal_received: "Recours reçu",
    appeal_extension: "Délai de décision du recours prolongé",
    recipient_notice: "Avis à un destinataire (art. 19)",
    assignment: "Attribution",
    staff_assignment: "Attribution",
  },
  systemKinds: {
    postgres: "Base PostgreSQL",
    webhook: "Webhook",
    manual: "Manuel (tâches pour une personne)",
  },
};
