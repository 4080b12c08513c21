import type { panelsEn } from "./panels-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The staff catalogue's words for the workspace's side panels, in French (same keys, checked by the type). */
export const panelsFr: Shape<typeof panelsEn> = {
  detail: {
    to: "à {name}",
    someone: "quelqu'un",
    nobody: "personne",
    reason: "motif : {text}",
    code: "code : {code}",
    due: "échéance {date}",
    via: "par {channel}",
    error: "erreur : {error}",
  },
  notifications: {
    title: "Notifications",
    markAll: "Tout marquer comme lu",
    none: "Aucune notification. Les rappels d'échéance et les escalades apparaissent ici.",
    markRead: "Marquer comme lue",
    older: "Notifications plus anciennes →",
  },
  audit: {
    title: "Journal d'audit",
    chainOk: "✓ La chaîne de hachage est intègre ({n} entrées{checkpoint}).",
    checkpoint: " ; vérifiée depuis le point de contrôle du {at}, lui-même vérifié de bout en bout",
    unchained: " {n} entrées récentes sont en cours de chaînage.",
    chainBroken:
      "✗ Chaîne de hachage rompue à l'entrée n° {seq} ({reason}) ; les {n} entrées précédentes sont intactes.",
    filter: "Filtrer le journal d'audit",
    request: "Identifiant de la demande",
    actor: "Auteur (identifiant)",
    anyone: "N'importe qui",
    action: "Action",
    any: "Toutes",
    apply: "Filtrer",
    reset: "Réinitialiser",
    none: "Aucune entrée ne correspond.",
    table: "Entrées du journal",
    columns: { when: "Quand", actor: "Auteur", action: "Action", request: "Demande", details: "Détails" },
    open: "ouvrir",
    pages: "Pages",
    newest: "« Plus récentes",
    older: "Plus anciennes »",
  },
  forbidden: {
    title: "Accès refusé",
    text: "Votre rôle ne donne pas accès à cette page.",
    back: "Retour à la file",
  },
  mails: {
    title: "Courriels",
    none: "Aucun courriel enregistré pour cette demande.",
    columns: { mail: "Courriel", to: "Destinataire", state: "État", tries: "Essais", when: "Quand" },
    mail: "courriel",
    states: {
      queued: "En file",
      sending: "En cours d'envoi",
      sent: "Envoyé",
      failed: "Échec — nouvel essai prévu",
      uncertain: "Incertain",
      given_up: "Abandonné",
    },
    roles: { subject: "la personne concernée", staff: "l'équipe", recipient: "un destinataire (art. 19)" },
    uncertain:
      "L'envoi s'est interrompu en cours de route : la personne l'a peut-être déjà reçu. Ne renvoyez que si ce n'est pas le cas.",
    resend: "Renvoyer",
    queuing: "Mise en file…",
    resendLabel: "Renvoyer le courriel {mail}",
    resendConfirm:
      "Ce courriel a peut-être déjà atteint la personne ; le renvoyer peut lui en donner un second exemplaire. Renvoyer ?",
    sentAt: "envoyé le ",
    lastTry: "dernier essai le ",
    queuedAt: "mis en file le ",
  },
};
