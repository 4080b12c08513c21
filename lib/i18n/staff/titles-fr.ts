import type { titlesEn } from "./titles-en";

export const titlesFr: typeof titlesEn = {
  titles: {
    suffix: "demandes de droits",
    queue: "File des demandes",
    request: "Demande",
    newRequest: "Nouvelle demande",
    importRequests: "Importer des demandes",
    importPreview: "Aperçu de l'import",
    dashboard: "Tableau de bord",
    reports: "Rapports",
    audit: "Journal d'audit",
    notifications: "Notifications",
    appeals: "Recours",
    users: "Utilisateurs",
    systems: "Systèmes",
    system: "Système",
    templates: "Modèles de mails",
    apiKeys: "Clés d'API",
    drpAgents: "Mandataires DRP",
    restrictions: "Limitations en vigueur",
    replyTemplates: "Modèles de réponse",
    webhooks: "Webhooks",
    webhookLog: "Journal des envois du webhook",
    changePassword: "Changer le mot de passe",
    resetPassword: "Choisir un nouveau mot de passe",
  },
};
