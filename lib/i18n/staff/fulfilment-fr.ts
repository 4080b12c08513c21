import type { fulfilmentEn } from "./fulfilment-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The fulfilment panel's words in French (same keys as fulfilment-en.ts, checked by the type). */
export const fulfilmentFr: Shape<typeof fulfilmentEn> = {
  fulfilment: {
    title: "Exécution",
    allFinished: "Les {total} étapes sont terminées",
    stepOf: "Étape {current} sur {total} : {step}",
    // "terminées : 1" rather than "1 terminées": the count comes after, so no agreement with it is needed.
    countsTotal: "{total} tâches (une par étape et par système) — terminées : {done}",
    countsOne: "1 tâche (une par étape et par système) — terminée : {done}",
    running: ", en cours : {n}",
    queued: ", en file : {n}",
    waiting: ", en attente : {n}",
    failed: ", en échec : {n}",
    skipped: ", ignorées : {n}",
    planning: "Planification des étapes d'exécution…",
    notStarted: "L'exécution commence quand quelqu'un commence à traiter cette demande.",
    objection: {
      gdpr: "Aucune étape automatique : cette opposition ne vise pas la prospection, le DPO l'apprécie donc (art. 21(1) : des motifs légitimes et impérieux qui prévalent sur les intérêts, droits et libertés de la personne, ou des droits en justice) et clôt la demande à la main.",
      lgpd: "Aucune étape automatique : selon l'art. 18 § 2 de la LGPD, la personne peut s'opposer à un traitement fondé sur une autre base que le consentement lorsqu'il ne respecte pas la LGPD ; le DPO vérifie ce traitement au regard de la loi et clôt la demande à la main.",
      pipeda:
        "Aucune étape automatique : selon le principe 4.3.8 de la LPRPDE, la personne retire son consentement, sous réserve de restrictions légales ou contractuelles et d'un préavis raisonnable ; le DPO lui explique les conséquences de ce retrait et clôt la demande à la main.",
      nfadp:
        "Aucune étape automatique : selon l'art. 30, al. 2, let. b nLPD, traiter des données contre la volonté expresse de la personne porte atteinte à sa personnalité, sauf motif justificatif (art. 31 : consentement, intérêt prépondérant ou loi) ; le DPO l'apprécie et clôt la demande à la main.",
      other:
        "Aucune étape automatique : cette opposition ne vise pas la prospection, le DPO l'apprécie donc et clôt la demande à la main.",
    },
    noSteps: "Aucune étape d'exécution n'a été planifiée pour cette demande (aucun système activé ne pouvait agir).",
    closedBeforeWork: {
      withdrawn:
        "Rien n'a été fait dans les systèmes de l'entreprise : la demande a été retirée avant que le travail ne commence.",
      rejected:
        "Rien n'a été fait dans les systèmes de l'entreprise : la demande a été refusée avant que le travail ne commence.",
    },
    notifyRecipientsOtherLaw: "Informer les destinataires",
    recipientNotifiedOtherLaw: "Destinataire informé",
    steps: {
      collect: "Collecter les données",
      assemble: "Constituer le dossier",
      review_package: "Relire le dossier",
      discover: "Repérer ce qu'il faut effacer",
      approve_erasure: "Approbation du DPO",
      erase: "Effacer",
      notify_recipients: "Informer les destinataires (art. 19)",
      complete: "Clore et écrire à la personne",
      read_current: "Lire les valeurs actuelles",
      approve_changes: "Approuver les rectifications",
      rectify: "Rectifier",
      restrict: "Limiter",
      stop_marketing: "Arrêter la prospection",
      opt_out_sale: "Refuser la vente/le partage",
      limit_sensitive: "Limiter les données sensibles",
      opt_out_targeted_ads: "Refuser la publicité ciblée",
      opt_out_profiling: "Refuser le profilage",
      opt_out_sensitive: "Refuser le traitement des données sensibles",
      lift_notice: "Prévenir la personne avant la levée",
      lift_restriction: "Lever la limitation",
    },
    status: {
      pending: "en file",
      running: "en cours",
      waiting: "en attente",
      failed: "en échec",
      done: "terminée",
      succeeded: "terminée",
      skipped: "ignorée",
    },
    gates: {
      review_package: "En attente de la relecture du dossier par l'équipe",
      approve_erasure: "En attente de l'approbation du plan par le DPO",
      approve_changes: "En attente de l'approbation des rectifications par l'équipe",
    },
    waitingDecision: "En attente d'une décision",
    assignedTo: " (attribuée à {name})",
    approvers: " (un ou une DPO ou un administrateur approuve ; les agents ne le peuvent pas)",
    failedStep: "Échec.",
    retrying: "Nouvel essai après : {error}",
    taskFor: "Tâche pour {name}",
    theAssignee: "le responsable de la demande",
    waitingForSystem: "En attente de la réponse de {system}",
    theSystem: "le système",
    noticeRunning: "{result} ; préavis en cours",
    notStartedStep: "Pas commencée",
    working: "En cours…",
    perSystem: "{step} : par système",
    columns: { system: "Système", status: "Statut", tries: "Essais", result: "Résultat" },
    manualTask: "Tâche manuelle : {system} — {operation}",
    instructions: "Consignes",
    defaultInstructions: "Faites cette étape à la main, puis consignez ce que vous avez fait.",
    corrections: "Rectifications à appliquer",
    clearValue: "(effacer la valeur)",
    assignee: "Responsable",
    assigneeNobody: "le responsable de la demande (personne pour l'instant)",
    due: "Échéance",
  },
};
