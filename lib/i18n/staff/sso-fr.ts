import type { ssoEn } from "./sso-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Sign-in errors, the SSO second-factor step and the reset-password page, in French (same keys as sso-en.ts). */
export const ssoFr: Shape<typeof ssoEn> = {
  sso: {
    errors: {
      sso_failed:
        "L’authentification unique n’a pas abouti. Réessayez, ou connectez-vous avec votre e-mail et votre mot de passe.",
      sso_no_account:
        "L’authentification unique a fonctionné, mais aucun compte actif n’utilise cette adresse e-mail. Demandez à un administrateur de créer ou de réactiver votre compte.",
      sso_email_missing:
        "Votre fournisseur d’identité n’a pas transmis votre adresse e-mail : votre compte est introuvable. Demandez à votre administrateur de communiquer l’attribut e-mail à cette application.",
      sso_email_unverified:
        "Selon votre fournisseur d’identité, votre adresse e-mail n’est pas vérifiée : elle ne peut pas servir à vous connecter ici.",
      sso_enrol_required:
        "Votre compte exige une authentification à deux facteurs dans cette application, pas encore configurée. Connectez-vous une fois avec votre e-mail et votre mot de passe pour la configurer, puis utilisez l’authentification unique.",
      expired: "Cette connexion a pris trop de temps ou n’est plus valable. Recommencez.",
    },
    totpLead:
      "Vous êtes connecté par authentification unique. Votre compte demande aussi un code de votre application d’authentification.",
    cancel: "Annuler et recommencer",
  },
  regimeDuties: {
    newDateTitle: "Nouvelle date (nLPD, art. 18 al. 2 OPDo)",
    told: "Annoncée le {at} : réponse d’ici le {date} — {reason}",
    // Prétentions de l'art. 32 nLPD (rectifier, effacer, s'opposer, limiter) : pas de délai légal, l'art. 18 OPDo est celui de l'accès.
    newDateTitleOther: "Nouvelle date (nLPD : pas de délai légal pour cette demande, art. 32 nLPD)",
    dueHint:
      "L’échéance légale est le {date}. Si nous ne pouvons pas répondre d’ici là, indiquez à la personne quand nous le ferons.",
    lateNotice:
      "Les 30 jours ont pris fin le {date} : l’art. 18 al. 2 OPDo demande cette annonce dans ce délai. Envoyez-la tout de même maintenant, en disant pourquoi elle est tardive.",
    dueHintOther:
      "Notre échéance d’engagement est le {date} (30 jours, comme pour l’accès). Si nous ne pouvons pas répondre d’ici là, indiquez à la personne quand nous le ferons.",
    notify: "Annoncer une nouvelle date",
    notifySubmit: "Annoncer la nouvelle date",
    sending: "Envoi…",
    answerBy: "Nous répondrons d’ici le",
    whyLate: "Pourquoi nous ne pouvons pas répondre sous 30 jours (envoyé à la personne)",
    complaintsTitle: "Réclamations qui nous sont adressées (s. 164A DPA 2018)",
    received: "Reçue le {at} · accusé de réception avant le {date} ·",
    answered: "réponse envoyée le {at}",
    acknowledged: "réception accusée le {at}",
    notAcknowledged: "réception pas encore accusée",
    outcome: "Suite donnée : {outcome}",
    acknowledge: "Accuser réception de la réclamation",
    tellOutcome: "Indiquer la suite donnée",
    sendOutcome: "Envoyer la suite donnée",
    outcomeLabel: "Suite donnée (envoyée à la personne)",
  },
  resetPassword: {
    title: "Choisir un nouveau mot de passe",
    forWhom: "Pour {name} ({email}). Ce lien ne fonctionne qu’une fois.",
    submit: "Enregistrer le mot de passe",
    gone: "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau à un administrateur.",
    toSignIn: "Aller à la connexion",
  },
};
