import type { drpAgentsEn } from "./drp-agents-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** La page des mandataires DRP (/staff/admin/drp-agents), en français. */
export const drpAgentsFr: Shape<typeof drpAgentsEn> = {
  drpAgents: {
    title: "Mandataires DRP",
    intro:
      "Les mandataires autorisés qui déposent des demandes pour des consommateurs par le Data Rights Protocol v1.0. Leurs demandes arrivent par le canal « mandataire » ; leurs appels sont vérifiés avec la clé du mandataire, limités par minute et journalisés. Identifiant de l'entreprise : {business}.",
    notConfigured: "non défini (DRP_BUSINESS_ID) : les points d'accès du protocole répondent 503",
    apiBase: "Base d'API pour l'annuaire : {url}",
    registerTitle: "Enregistrer un mandataire",
    id: "Identifiant (agent-id dans l'annuaire DRP)",
    name: "Nom",
    verifyKey: "Clé de vérification (clé publique Ed25519 en base64)",
    technicalContact: "Contact technique (courriel)",
    webUrl: "Site web (facultatif)",
    rateLimit: "Appels par minute (facultatif, {n} par défaut)",
    register: "Enregistrer le mandataire",
    registering: "Enregistrement…",
    registered:
      "Mandataire enregistré. Il peut maintenant s'apparier (POST /v1/agent/{agent-id}) et déposer des demandes.",
    listTitle: "Mandataires",
    none: "Aucun mandataire enregistré.",
    columns: {
      agent: "Mandataire",
      key: "Clé de vérification",
      contact: "Contact",
      limit: "Appels / min",
      registered: "Enregistré",
      status: "Statut",
      actions: "Actions",
    },
    createdBy: "par {name}",
    defaultLimit: "par défaut ({n})",
    enabled: "actif",
    disabled: "désactivé {at}",
    disable: "Désactiver",
    enable: "Réactiver",
    disableConfirm: "Désactiver le mandataire « {name} » ? Ses appels sont refusés dès le suivant.",
    disabledDone: "Mandataire désactivé.",
    enabledDone: "Mandataire réactivé.",
  },
  drpPanel: {
    title: "Data Rights Protocol",
    agent: "Mandataire",
    agentRequestId: "Identifiant de la demande chez le mandataire",
    exercise: "Droit demandé",
    protocolStatus: "Statut vu par le mandataire",
    expectedBy: "prévu le {date}",
    callbackUrl: "Rappel de statut",
    noCallback: "aucun (le mandataire interroge le point d'accès de statut)",
    revoked: "Retirée par le mandataire {at}",
    callbacks: "Rappels envoyés",
    noCallbacks: "Aucun pour l'instant.",
    callbackLine: "{status} — {outcome}, {attempts} tentative(s), dernière réponse {code}",
    outcomes: {
      pending: "en attente",
      sending: "envoi en cours",
      delivered: "remis",
      failed: "échec, nouvel essai prévu",
      given_up: "abandonné",
    },
  },
};
