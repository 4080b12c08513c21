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
};
