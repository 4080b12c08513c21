import type { menuEn } from "./menu-en";

/** Le menu d'actions de la page d'une demande, en français. */
export const menuFr: typeof menuEn = {
  menu: {
    label: "Actions sur cette demande",
    intro: "Seules les actions possibles maintenant sont proposées. Chacune ouvre son formulaire ; Échap le referme.",
    open: {
      assign: "Attribuer à quelqu'un…",
      ask_subject: "Poser une question à la personne…",
      complete: "Clore…",
      extend: "Prolonger le délai…",
      refuse: "Refuser…",
      withdraw: "Retirer…",
      reopen: "Rouvrir…",
    },
    completeHint: "Clôt la demande et envoie à la personne l'avis de clôture ci-dessous.",
    previewTitle: "Le courriel tel que la personne le recevra",
    previewUpdating: "Mise à jour de l'aperçu…",
    previewFailed: "L'aperçu n'a pas pu être produit : {reason}",
    previewSubject: "Objet : {subject}",
    dangerZone: "Met fin à la demande",
  },
  specifics: {
    yes: "oui",
    no: "non",
    rectification: "Corrections demandées",
    field: "Champ",
    current: "Valeur actuelle",
    proposed: "Valeur correcte",
    noCurrent: "non indiquée",
    restrictionGround: "Motif de la limitation",
    objectionScope: "Opposition à",
    gpc: "Signal Global Privacy Control",
    gpcYes: "envoyé par le navigateur",
  },
  stepWords: { stepIn: "{step} dans {systems}" },
};
