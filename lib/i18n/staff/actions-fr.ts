import type { actionsEn } from "./actions-en";

export const actionsFr: typeof actionsEn = {
  actions: {
    noAction: "Aucune action ne vous est ouverte dans ce statut.",
    claim: "Prendre (me l'attribuer)",
    claiming: "Attribution…",
    assignTo: "Attribuer à",
    nobody: "Personne (retirer l'attribution)",
    question: "Question à la personne concernée",
    stopsClock: "(suspend le délai jusqu'à sa réponse)",
    keepsRunning: "(le délai continue de courir sous ce régime)",
    extendReason: "Motif de la prolongation",
    newDueDate: " (nouvelle échéance {date})",
    previewExtend: "Aperçu de l'avis envoyé à la personne concernée",
    refuseConfirm: "Refuser clôt la demande et envoie à la personne les motifs et ses voies de recours. Continuer ?",
    reason: "Motif",
    choose: "Choisir…",
    refuseText: "Explication pour la personne concernée",
    previewRefuse: "Aperçu du courriel de refus (il indique le droit de réclamation et de recours juridictionnel)",
    refusalLimit:
      "Refuser au plus tard le {date} : limite fixée par {cite}, qu'une prolongation de l'échéance ne repousse pas.",
    refusalLimitIsDeadline:
      "Un refus est la réponse à la demande : à envoyer au plus tard le {date}, l'échéance, prolongation comprise.",
    refusalLate:
      "Le dernier jour pour refuser était le {date} ({cite}). Refusez tout de même, maintenant, et indiquez à la personne pourquoi la réponse est tardive.",
    refusalLateIsDeadline:
      "L'échéance était le {date}. Refusez tout de même, maintenant, et indiquez à la personne pourquoi la réponse est tardive.",
    withdrawConfirm: "Retirer cette demande au nom de la personne concernée ? Elle sera close et la personne prévenue.",
    withdrawHow: "Comment la personne l'a demandé (facultatif)",
    withdrawPlaceholder: "Appel téléphonique du …",
    reopenReason: "Motif de la réouverture",
    transitions: {
      assign: { label: "Attribuer", pending: "Attribution…", done: "Attribution enregistrée." },
      start: { label: "Commencer le traitement", pending: "Démarrage…", done: "Traitement commencé." },
      ask_subject: {
        label: "Interroger la personne",
        pending: "Envoi…",
        done: "Question envoyée à la personne concernée.",
      },
      submit_for_review: { label: "Soumettre à relecture", pending: "Soumission…", done: "Soumise à relecture." },
      complete: { label: "Terminer", pending: "Clôture…", done: "Demande terminée." },
      extend: {
        label: "Prolonger le délai",
        pending: "Prolongation…",
        done: "Délai prolongé ; la personne concernée est prévenue.",
      },
      refuse: { label: "Refuser", pending: "Refus…", done: "Demande refusée ; la personne concernée est prévenue." },
      withdraw: { label: "Retirer au nom de la personne", pending: "Retrait…", done: "Demande retirée." },
      reopen: { label: "Rouvrir", pending: "Réouverture…", done: "Demande rouverte." },
    },
    refusalReasons: {
      identity_not_verified: "Identité non vérifiable",
      manifestly_unfounded: "Manifestement infondée",
      excessive: "Excessive (par exemple répétitive)",
      exemption: "Une exception légale s'applique",
      not_found: "Aucune donnée trouvée",
      other: "Autre",
      compelling_grounds: "Motifs légitimes et impérieux (art. 21, § 1)",
      right_not_granted: "Droit non prévu par la loi du lieu de résidence",
    },
  },
};
