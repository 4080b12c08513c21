import type { toolsEn } from "./tools-en";

/** Les mots du personnel pour les outils du fil et les registres : restrictions, modèles de réponse, pièces jointes. */
export const toolsFr: typeof toolsEn = {
  restrictions: {
    title: "Limitations en vigueur",
    intro:
      "Chaque demande dont la limitation du traitement (RGPD art. 18) est en place dans au moins un système. La levée prévient d'abord la personne (art. 18, par. 3) ; les systèmes lèvent la limitation à la fin du délai de préavis.",
    none: "Aucune limitation n'est en vigueur.",
    reference: "Demande",
    subject: "Personne",
    systems: "Systèmes",
    since: "Depuis",
    ground: "Motif",
    noGround: "non indiqué",
    minimised: "minimisée",
    lift: "Lever",
    liftReason: "Motif, envoyé à la personne avant la levée",
    liftSubmit: "Prévenir la personne et lever",
    liftConfirm:
      "La personne reçoit ce motif maintenant ; les systèmes lèvent la limitation à la fin du délai de préavis.",
    liftStarted: "La personne est prévenue ; les systèmes lèvent la limitation à la fin du délai de préavis.",
    liftAnnounced: "Levée annoncée à la personne",
    liftCancelled: "Une levée a été annulée",
    liftBusy: "Une étape est encore en cours",
    next: "Page suivante",
    first: "Première page",
    grounds: {
      accuracy_contested: "Exactitude contestée",
      unlawful_processing: "Traitement illicite",
      legal_claims: "Nécessaire à des droits en justice",
      objection_pending: "Opposition en cours d'examen",
    },
  },
  attachments: {
    legend: "Pièces jointes",
    field: "Joindre des fichiers (PDF, PNG, JPEG ou texte brut, {size} au plus chacun)",
    download: "Télécharger {name}",
    size: "{kb} ko",
    noAccess: "{n} pièce(s) jointe(s) : votre rôle ne permet pas d'ouvrir les fichiers de la personne.",
  },
  replyTemplates: {
    pick: "Modèle de réponse",
    none: "— aucun —",
    insert: "Remplir le message",
    title: "Modèles de réponse",
    intro:
      "Des réponses réutilisables pour le fil de messages. Le personnel en choisit une dans le fil d'une demande ; elle s'affiche dans la langue de la personne, avec {reference}, {dueDate}, {type} et {name} remplis.",
    empty: "Aucun modèle de réponse pour l'instant.",
    name: "Nom",
    bodyEn: "Texte en anglais",
    bodyFr: "Texte en français",
    types: "Types de demande (aucun : tous)",
    allTypes: "tous les types",
    create: "Ajouter le modèle",
    save: "Enregistrer",
    remove: "Supprimer",
    removeConfirm: "Supprimer ce modèle ? Il ne sera plus proposé au personnel.",
    created: "Modèle ajouté.",
    saved: "Modèle enregistré.",
    removed: "Modèle supprimé.",
    edit: "Modifier",
  },
};
