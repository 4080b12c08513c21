import type { COMMON_DETAILS } from "@/lib/domain/error-details/common";
import type { LIFECYCLE_DETAILS } from "@/lib/domain/error-details/lifecycle";

/** French of lib/domain/error-details/common.ts (same keys, checked by the type). */
export const COMMON_DETAILS_FR: Record<keyof typeof COMMON_DETAILS, string> = {
  "common.request_not_found": "Cette demande n’existe pas.",
  "common.session_ended": "Votre session a pris fin. Reconnectez-vous.",
  "common.not_allowed": "Vous n’êtes pas autorisé à faire ceci.",
  "common.some_fields_invalid": "Certains champs ne sont pas valides.",
  "common.cross_origin": "Cette requête ne vient pas des pages de cette application.",
  "common.json_required": "Envoyez la requête au format application/json.",
  "common.body_not_json": "Le corps de la requête n’est pas du JSON valide.",
  "common.body_too_large": "Le corps de la requête doit faire au plus {size}.",
  "common.request_changed_meanwhile":
    "Quelqu’un d’autre a modifié cette demande entre-temps. Rechargez-la pour voir la dernière version, puis réessayez.",
};

/** French of lib/domain/error-details/lifecycle.ts. */
export const LIFECYCLE_DETAILS_FR: Record<keyof typeof LIFECYCLE_DETAILS, string> = {
  "lifecycle.unknown_action": "Action inconnue.",
  "lifecycle.identity_check_required": "Il faut indiquer comment l’identité a été vérifiée.",
  "lifecycle.identity_check_note_required": "Une note disant comment l’identité a été vérifiée est obligatoire.",
  "lifecycle.agents_assign_self_only": "Un agent ne peut s’attribuer des demandes qu’à lui-même.",
  "lifecycle.plan_being_prepared":
    "Le plan de traitement est encore en préparation : ses étapes clôturent la demande d’elles-mêmes une fois terminées ; sinon, refusez la demande.",
  "lifecycle.plan_unfinished":
    "Les étapes de traitement ne sont pas terminées : approuvez-les, achevez-les ou relancez-les d’abord (elles clôturent la demande d’elles-mêmes), ou refusez la demande.",
  "lifecycle.no_extension": "Le délai de cette demande ne peut pas être prolongé.",
  "lifecycle.already_extended": "Le délai a déjà été prolongé une fois.",
  "lifecycle.extension_too_late": "Le délai ne peut être prolongé qu’avant la date d’échéance initiale.",
  "lifecycle.refusal_code_required": "Un code de motif de refus valide est obligatoire.",
  "lifecycle.refusal_code_not_a_ground":
    "La loi applicable à cette demande ne prévoit pas ce motif de refus : indiquez l’exception invoquée (exception légale) ou un autre motif.",
  "lifecycle.system_withdraws_expired_only":
    "Le système ne peut retirer que les demandes non vérifiées dont la vérification a expiré.",
  "lifecycle.message_to_subject_required": "Un message à la personne concernée est obligatoire.",
  "lifecycle.extension_reason_required": "Le motif de la prolongation est obligatoire.",
  "lifecycle.refusal_explanation_required": "L’explication du refus est obligatoire.",
  "lifecycle.reopening_reason_required": "Le motif de la réouverture est obligatoire.",
  "lifecycle.not_allowed_to_action": "Vous n’êtes pas autorisé à {action}.",
  "lifecycle.wrong_status": "Impossible de {action} tant que la demande est {status}.",
};
