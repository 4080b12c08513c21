import type { adminEn } from "./admin-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The admin users page and the reports page, in French (same keys as admin-en.ts, checked by the type). */
export const adminFr: Shape<typeof adminEn> = {
  users: {
    title: "Comptes de l’équipe",
    create: "Créer un compte",
    createSubmit: "Créer le compte",
    creating: "Création…",
    name: "Nom",
    email: "E-mail professionnel",
    role: "Rôle",
    tableLabel: "Comptes de l’équipe",
    columns: { name: "Nom", email: "E-mail", role: "Rôle", status: "État", totp: "2FA", actions: "Actions" },
    changeRole: "Changer le rôle",
    changeRoleOf: "Changer le rôle de {name}",
    roleOf: "Rôle de {name}",
    active: "actif",
    deactivated: "désactivé",
    mustChange: " · doit changer son mot de passe",
    totpEnrolled: "activée",
    totpRequired: "obligatoire, non activée",
    totpOff: "non",
    you: "vous",
    deactivate: "Désactiver",
    reactivate: "Réactiver",
    deactivateConfirm: "Désactiver {name} ? Ses sessions prennent fin immédiatement.",
    resetPassword: "Réinitialiser le mot de passe",
    resetPasswordConfirm:
      "Réinitialiser le mot de passe de {name} ? Son mot de passe cesse de fonctionner, ses sessions prennent fin et un lien à usage unique lui est envoyé.",
    resetTotp: "Réinitialiser la 2FA",
    resetTotpConfirm:
      "Réinitialiser l’authentification à deux facteurs de {name} ? La personne la réactivera à sa prochaine connexion.",
    created:
      "Compte créé. Mot de passe à usage unique (affiché une seule fois, à transmettre de façon sûre ; à changer à la première connexion) : {password}",
    saved: "Enregistré ; les sessions de la personne ont pris fin.",
    passwordReset:
      "Mot de passe réinitialisé. Un lien à usage unique (24 h) a été envoyé à {email} ; ses sessions ont pris fin.",
  },
  reports: {
    title: "Rapports",
    invalidFilters: "Certains filtres n’étaient pas valides et ont été ignorés.",
    metrics: "Indicateurs annuels des demandes des consommateurs californiens (CCPA §7102)",
    year: "Année",
    show: "Afficher",
    downloadCsv: "Télécharger le CSV",
    noneInYear: "Aucune demande reçue en {year}.",
    appeals: "Recours contre des refus (lois des États américains), {year}",
    appealCounts: "Reçus : {received} · accueillis : {granted} · rejetés : {denied} · en attente de décision : {open}",
    columns: {
      type: "Type",
      received: "Reçues",
      complied: "Satisfaites (en tout ou partie)",
      denied: "Refusées",
      median: "Délai médian de réponse (jours)",
      mean: "Délai moyen de réponse (jours)",
    },
    all: "Toutes",
    register: "Registre des demandes",
    from: "Du",
    to: "au",
    downloadAll: "Télécharger le CSV (toutes les lignes)",
    noneInPeriod: "Aucune demande reçue sur cette période.",
    registerColumns: {
      reference: "Référence",
      requestDate: "Date de la demande ({zone})",
      type: "Type",
      channel: "Canal",
      responseDate: "Date de la réponse ({zone})",
      outcome: "Issue",
      refusal: "Motif du refus",
    },
    first200: "Les 200 premières lignes sont affichées ; le CSV les contient toutes.",
  },
};
