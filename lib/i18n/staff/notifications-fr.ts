import type { notificationsEn } from "./notifications-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Bell titles in French (same keys as notifications-en.ts, checked by the type). */
export const notificationsFr: Shape<typeof notificationsEn> = {
  notificationTitles: {
    gate_review_package: "{reference} : le dossier de données attend votre relecture",
    gate_approve_erasure: "{reference} : un plan d’effacement attend l’approbation du DPO",
    gate_approve_changes: "{reference} : des corrections proposées attendent votre approbation",
    step_failed: "{reference} : une étape d’exécution a échoué ({operation}) — relancez-la depuis la demande",
    step_timed_out:
      "{reference} : un système n’a pas répondu à temps ({operation}) — relancez l’étape depuis la demande",
    manual_task: "{reference} : une tâche manuelle dans {system} vous revient",
    subject_replied: "{reference} : la personne a répondu à votre question — la demande reprend",
    subject_message: "{reference} : la personne a écrit un message",
    subject_message_lift:
      "{reference} : la personne a écrit pendant le préavis de levée — lisez-le avant que la limitation soit levée",
    subject_message_closed:
      "{reference} : la personne a répondu à votre message sur cette demande close (elle reste close)",
    complaint_received: "{reference} : réclamation reçue (accusé de réception avant le {date})",
    complaint_ack_due_soon: "{reference} : accusez réception de la réclamation avant le {date}",
    complaint_ack_overdue: "{reference} : réclamation sans accusé de réception, attendu le {date}",
    due_in_7: "{reference} arrive à échéance dans 7 jours ({date})",
    due_in_3: "{reference} arrive à échéance dans 3 jours ({date})",
    due_in_1: "{reference} arrive à échéance demain ({date})",
    due_today: "{reference} arrive à échéance aujourd’hui ({date})",
    overdue: "EN RETARD : {reference} était dû le {date}",
    extension_cutoff: "{reference} : terminez ou prolongez maintenant — la première échéance est le {date}",
    ccpa_acknowledgement: "{reference} : accusé de réception CCPA pas encore remis",
    unassigned: "{reference} n’a pas de responsable depuis 2 jours ouvrés",
    mail_uncertain:
      "Un courriel n’est peut-être pas parti (« {template} », destinataire : {recipientRole}) : vérifiez et renvoyez-le depuis les courriels de la demande",
    mail_given_up:
      "Un courriel n’a pas pu partir depuis {days} jours (« {template} », destinataire : {recipientRole}) : renvoyez-le depuis les courriels de la demande",
    sign_in_locked_account:
      "Connexion bloquée pour le compte {email} après {failures} tentatives échouées ({minutes} min)",
    sign_in_locked_account_address:
      "Connexion bloquée pour le compte {email} depuis une même adresse cliente après {failures} tentatives échouées ({minutes} min)",
    sign_in_locked_unknown:
      "Connexion bloquée pour une adresse e-mail inconnue après {failures} tentatives échouées ({minutes} min)",
    sign_in_locked_unknown_address:
      "Connexion bloquée pour une adresse e-mail inconnue depuis une même adresse cliente après {failures} tentatives échouées ({minutes} min)",
    sign_in_locked_ip:
      "Connexion bloquée pour une adresse cliente après {failures} tentatives échouées ({minutes} min)",
    webhook_given_up:
      "Le point de terminaison webhook {host} a été désactivé : une livraison a échoué à chaque tentative pendant {hours} h. Corrigez-le, puis réactivez-le dans Admin › Webhooks.",
    webhook_failures:
      "Le point de terminaison webhook {host} a été désactivé : {failures} tentatives ont échoué d’affilée (dernière : {error}). Corrigez-le, puis réactivez-le dans Admin › Webhooks.",
    verification_expired: "{reference} retirée : identité jamais vérifiée (saisie par le personnel, {channel})",
  },
  notificationKinds: {
    fulfilment_review: "Une alerte sur une étape à relire",
    fulfilment_approval: "Une alerte sur une approbation attendue du DPO",
    fulfilment_failed: "Une alerte sur une étape d’exécution en échec",
    fulfilment_task: "Une alerte sur une tâche manuelle",
    mail_failed: "Une alerte sur un courriel peut-être non parti",
    deadline: "Une alerte d’échéance",
    complaint: "Une alerte sur une réclamation",
    "security.sign_in_locked": "Une alerte de sécurité : connexion bloquée",
    webhook_disabled: "Une alerte : un point de terminaison webhook a été désactivé",
    verification_expired: "Une alerte : une demande retirée, identité jamais vérifiée",
    other: "Une alerte enregistrée en anglais avant la traduction",
  },
};
