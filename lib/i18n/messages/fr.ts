import type { en } from "./en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const fr: Shape<typeof en> = {
  portal: {
    title: "Vos droits sur vos données",
    lead: "Demandez-nous ce que nous détenons sur vous, faites-le corriger, effacer, récupérez-le, limitez ou arrêtez son utilisation. Nous répondons dans le délai légal — en général un mois.",
    language: "Langue",
    privacyPolicy: "Politique de confidentialité",
    dpoContact: "Délégué à la protection des données",
    timeLimit: "Nous répondons dans un délai d'un mois à compter de la réception ; pour une demande complexe, ce délai peut être prolongé de deux mois et nous vous en indiquerons les raisons.",
    rights: {
      access: { title: "Droit d'accès", body: "Obtenez une copie de vos données personnelles, les finalités, les destinataires et la durée de conservation." },
      rectification: { title: "Droit de rectification", body: "Indiquez-nous ce qui est inexact ou incomplet et la bonne valeur." },
      erasure: { title: "Droit à l'effacement (droit à l'oubli)", body: "Demandez la suppression de vos données. Nous vous dirons ce qui a été effacé et ce que la loi nous oblige à conserver, et pourquoi." },
      portability: { title: "Droit à la portabilité", body: "Recevez les données que vous nous avez fournies dans un fichier lisible par machine (JSON et CSV)." },
      restriction: { title: "Droit à la limitation du traitement", body: "Demandez-nous de conserver vos données sans les utiliser, par exemple pendant la vérification de leur exactitude." },
      objection: { title: "Droit d'opposition", body: "Arrêtez immédiatement la prospection commerciale, ou opposez-vous à d'autres utilisations de vos données." },
    },
  },
  verify: {
    title: "Confirmez votre demande",
    intro: "Pour protéger vos données, nous devons vérifier que cette adresse e-mail est bien la vôtre. Appuyez sur le bouton pour confirmer votre demande.",
    button: "Confirmer ma demande",
    codeTitle: "Saisissez votre code de confirmation",
    codeIntro: "Saisissez le code à 6 chiffres reçu par e-mail.",
    codeLabel: "Code à 6 chiffres",
    codeButton: "Confirmer",
    resend: "M'envoyer un nouveau code",
    resent: "Nous vous avons envoyé un nouvel e-mail avec un nouveau lien et un nouveau code.",
    errors: {
      verification_invalid: "Ce lien ou ce code de confirmation n'est pas valide.",
      verification_expired: "Ce lien ou ce code a expiré. Demandez un nouveau code ou déposez à nouveau votre demande.",
      verification_locked: "Trop de codes erronés. Demandez un nouveau code.",
      already_verified: "Cette demande est déjà confirmée. Utilisez le lien de votre e-mail de confirmation pour la suivre.",
      rate_limited: "Nous avons déjà envoyé plusieurs codes pour cette demande. Vérifiez votre messagerie, y compris les indésirables.",
      not_found: "Nous n'avons pas trouvé cette demande.",
      invalid_transition: "Cette demande est close et ne peut plus être confirmée.",
      generic: "Une erreur est survenue de notre côté. Veuillez réessayer dans un instant.",
    },
  },
  status: {
    title: "Votre demande",
    reference: "Référence",
    type: "Demande",
    state: "Statut",
    received: "Reçue le",
    dueDate: "Nous répondrons au plus tard le",
    extended: "Prolongé",
    notFound: "Ce lien n'est pas valide. Utilisez le formulaire « lien perdu » pour recevoir à nouveau vos liens.",
    statuses: {
      unverified: "En attente de votre confirmation",
      new: "Confirmée — en attente de traitement",
      in_progress: "En cours de traitement",
      awaiting_subject: "En attente de votre réponse",
      in_review: "En cours de vérification",
      completed: "Terminée",
      rejected: "Refusée",
      withdrawn: "Retirée",
    },
  },
};
