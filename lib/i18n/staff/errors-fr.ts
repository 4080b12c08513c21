import type { errorsEn } from "./errors-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The error table's sentences in French (same keys as errors-en.ts, checked by the type). */
export const errorsFr: Shape<typeof errorsEn> = {
  errors: {
    invalid_request: "Certains champs ne sont pas valides.",
    unauthenticated: "Votre session a pris fin. Reconnectez-vous.",
    unsupported_media_type: "Ce type de contenu n’est pas accepté.",
    payload_too_large: "Ce qui a été envoyé est trop volumineux.",
    invalid_signature: "La signature ne correspond pas.",
    stale_timestamp: "La requête est trop ancienne ; envoyez-la de nouveau.",
    replayed: "Cette requête a déjà été reçue.",
    missing_delivery: "Les informations de livraison manquent.",
    service_unavailable:
      "Le service est momentanément indisponible. Rien n’a été enregistré : réessayez dans quelques secondes.",
    not_found: "Introuvable : l’élément a peut-être été supprimé, ou vous n’y avez pas accès.",
    forbidden: "Vous n’êtes pas autorisé à faire ceci.",
    same_decider: "Le recours doit être tranché par une autre personne que celle qui a refusé.",
    conflict: "Quelqu’un a modifié cet élément entre-temps : rechargez la page et réessayez.",
    invalid_transition: "Cette action n’est pas possible dans l’état actuel de la demande.",
    reason_required: "Un motif est obligatoire.",
    extension_not_allowed: "Le délai de cette demande ne peut pas (ou plus) être prolongé.",
    verification_expired: "Le code ou le lien a expiré.",
    verification_invalid: "Le code ou le lien n’est pas valide.",
    verification_locked: "Trop d’essais erronés : patientez avant de réessayer.",
    already_verified: "Cela a déjà été vérifié.",
    rate_limited: "Trop de tentatives : patientez un instant et réessayez.",
    idempotency_mismatch: "Cette clé a déjà servi avec un autre contenu.",
    right_not_granted: "La loi du lieu de résidence de la personne ne prévoit pas ce droit.",
    internal_error: "Une erreur s’est produite de notre côté. Réessayez plus tard.",
  },
  errorDetail: "Détail : {detail}",
};
