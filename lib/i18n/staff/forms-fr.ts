import type { formsEn } from "./forms-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The staff catalogue's form words in French (same keys as forms-en.ts, checked by the type). */
export const formsFr: Shape<typeof formsEn> = {
  identity: {
    mark: "Marquer l'identité comme vérifiée",
    record: "Enregistrer l'identité comme vérifiée",
    saving: "Enregistrement…",
    how: "Comment l'identité a été vérifiée",
    choose: "Choisir…",
    notChecked: "Non vérifiée : envoyer le courriel de vérification",
    note: "Note sur la vérification (inscrite au journal d'audit)",
    methods: {
      known_account: "Compte client connu",
      id_document: "Pièce d'identité vue",
      security_questions: "Réponses aux questions de sécurité",
      other: "Autre (précisez dans la note)",
    },
  },
  regime: {
    summary: "Corriger le pays ou la région de résidence (régime)",
    submit: "Corriger et recalculer l'échéance",
    saving: "Enregistrement…",
    label: "Corriger la résidence de la personne",
    confirm: "Cela change la loi sous laquelle la demande est traitée et son échéance. Continuer ?",
    livesIn: "Réside en/au",
    reason: "Motif (inscrit au journal d'audit)",
  },
  signin: {
    title: "Connexion de l'équipe",
    lead: "Back-office des demandes RGPD. Utilisez votre e-mail professionnel et votre mot de passe.",
    leadSso: "Back-office des demandes RGPD. Utilisez votre e-mail professionnel et votre mot de passe, ou {sso}.",
    email: "E-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    signingIn: "Connexion…",
    ssoLabel: "Authentification unique",
    ssoOpening: "Ouverture de {sso}…",
    ssoContinue: "Continuer avec {sso}",
    enrolTitle: "Activer la double authentification",
    enrolText:
      "Votre rôle exige un second facteur. Scannez ce QR code avec une application d'authentification (ou saisissez la clé), puis entrez le code à 6 chiffres qu'elle affiche.",
    qrAlt: "QR code pour votre application d'authentification",
    key: "Clé :",
    recoveryTitle: "Codes de secours",
    recoveryText:
      " — chacun sert une fois si vous perdez votre téléphone. Rangez-les en lieu sûr dès maintenant : ils ne seront plus affichés.",
    twoFactor: "Double authentification",
    checking: "Vérification…",
    confirm: "Confirmer et se connecter",
    verify: "Vérifier",
    useApp: "Utiliser plutôt un code de l'application",
    useRecovery: "Utiliser plutôt un code de secours",
    recoveryCode: "Code de secours",
    authCode: "Code d'authentification",
    failed: "Échec de la connexion. Vérifiez votre e-mail et votre mot de passe.",
    locked: "Trop de tentatives échouées. La connexion est bloquée un moment ; réessayez plus tard.",
    totpInvalid: "Ce code n'est pas bon (ou a déjà servi). Entrez le code actuel de votre application.",
    unavailable: "La connexion est indisponible pour le moment. Réessayez dans un instant.",
    passwordChanged:
      "Votre mot de passe a été changé et toutes vos sessions ont pris fin. Connectez-vous avec le nouveau mot de passe.",
    passwordSet: "Votre nouveau mot de passe est enregistré. Connectez-vous avec.",
  },
  password: {
    chooseTitle: "Choisissez votre propre mot de passe",
    changeTitle: "Changer votre mot de passe",
    mustChange:
      "Vous vous êtes connecté avec un mot de passe donné par un administrateur. Choisissez le vôtre avant de continuer : personne d'autre ne doit le connaître.",
    signedInAs:
      "Connecté en tant que {name} ({email}). Toutes vos sessions prennent fin une fois le mot de passe changé.",
    submit: "Changer le mot de passe",
    back: "Retour au back-office",
    current: "Mot de passe actuel",
    new: "Nouveau mot de passe",
    again: "Nouveau mot de passe (confirmation)",
    hint: "Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir ; évitez votre nom et votre e-mail.",
    saving: "Enregistrement…",
  },
};
