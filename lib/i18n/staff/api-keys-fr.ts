import type { apiKeysEn } from "./api-keys-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** La page des clés d'API (/staff/admin/api-keys), en français. */
export const apiKeysFr: Shape<typeof apiKeysEn> = {
  apiKeys: {
    title: "Clés d'API",
    actor: "Clé d'API {name}",
    intro:
      "Les clés permettent aux autres systèmes de l'entreprise d'utiliser l'API REST (référence : {docs}). Chaque appel est vérifié selon les droits de la clé, limité par minute et journalisé avec la clé comme auteur.",
    docsLink: "référence de l'API",
    createTitle: "Créer une clé",
    name: "Nom",
    namePlaceholder: "ex. synchro CRM",
    scopes: "Droits",
    expiresOn: "Expire après le (facultatif, fin de ce jour, UTC)",
    rateLimit: "Appels par minute (facultatif, {n} par défaut)",
    create: "Créer la clé",
    creating: "Création…",
    secretTitle: "Copiez cette clé maintenant : elle ne sera plus jamais affichée.",
    secretHelp:
      "Rangez-la dans le coffre à secrets du système appelant ; envoyez-la dans l'en-tête Authorization : Bearer <clé>.",
    listTitle: "Clés",
    none: "Aucune clé pour l'instant.",
    columns: {
      name: "Nom",
      key: "Clé",
      scopes: "Droits",
      created: "Créée",
      expires: "Expire",
      lastUsed: "Dernier usage",
      status: "État",
      actions: "Actions",
    },
    createdBy: "par {name}",
    never: "jamais",
    noExpiry: "sans expiration",
    active: "active",
    revoked: "révoquée le {at}",
    expired: "expirée",
    revoke: "Révoquer",
    revokeConfirm: "Révoquer la clé « {name} » ? Les systèmes qui l'utilisent sont refusés dès leur prochain appel.",
    revokedDone: "Clé révoquée.",
    lastUsedNote: "Le dernier usage est enregistré au plus une fois par minute.",
    scopeHelp: {
      "requests:read": "lister et lire les demandes, leur historique et leur échéance",
      "requests:read_subject": "aussi les coordonnées et messages de la personne (chaque lecture journalisée)",
      "requests:write": "saisir des demandes reçues par téléphone, courrier ou e-mail",
      "requests:transition": "attribuer, démarrer, questionner, prolonger, refuser, clore, retirer, rouvrir",
      "messages:write": "écrire à la personne",
      "webhooks:manage": "gérer les webhooks sortants (points de réception, envois, renvois)",
      "opt_outs:write": "enregistrer les oppositions à la vente ou au partage depuis le site de l'entreprise (GPC)",
    },
  },
};
