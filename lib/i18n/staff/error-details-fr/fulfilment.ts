import type { FULFILMENT_DETAILS } from "@/lib/domain/error-details/fulfilment";

/** French of lib/domain/error-details/fulfilment.ts (same keys, checked by the type). */
export const FULFILMENT_DETAILS_FR: Record<keyof typeof FULFILMENT_DETAILS, string> = {
  "fulfilment.step_not_found": "Cette étape n’existe pas.",
  "fulfilment.notice_not_found": "Cette notification n’appartient pas à cette demande.",
  "fulfilment.notice_acknowledged_by_recipient": "Le destinataire a déjà accusé réception de cette notification.",
  "fulfilment.recipient_has_no_email":
    "Le registre ne donne aucune adresse e-mail pour ce destinataire : prévenez-le autrement, puis marquez la réception.",
  "fulfilment.notice_already_acknowledged": "La réception de cette notification est déjà enregistrée.",
  "fulfilment.no_package": "Cette demande n’a pas de dossier.",
  "fulfilment.discovery_unfinished": "La recherche n’est pas terminée dans tous les systèmes.",
  "fulfilment.no_such_review_step": "Cette demande n’a pas cette étape de relecture.",
  "fulfilment.step_decided_meantime": "Quelqu’un d’autre a statué sur cette étape entre-temps. Rechargez la page.",
  "fulfilment.task_not_found": "Cette tâche n’existe pas.",
  "fulfilment.step_is_automated": "Cette étape attend un système automatisé ; elle ne peut pas être achevée à la main.",
  "fulfilment.field_not_correctable": "Ce champ ne peut pas être corrigé dans ce système.",
  "fulfilment.closed_no_retry": "Cette demande est close ; ses étapes ne peuvent pas être relancées.",
  "fulfilment.no_failed_step": "Aucune étape n’a échoué (quelqu’un les a peut-être déjà relancées).",
  "fulfilment.lift_not_restriction": "Seule une demande de limitation peut être levée.",
  "fulfilment.closed_no_lift": "Cette demande est close ; il n’y a pas de limitation à lever.",
  "fulfilment.restriction_in_progress":
    "La limitation est encore en cours de mise en place ; levez-la une fois toutes les étapes terminées.",
  "fulfilment.lift_already_started": "La levée de cette limitation a déjà commencé.",
  "fulfilment.lift_already_done": "Cette limitation a déjà été levée.",
  "fulfilment.nothing_restricted": "Aucun système n’a encore limité le traitement des données de cette personne.",
  "fulfilment.no_lift_started": "Aucune levée de cette limitation n’a été lancée.",
  "fulfilment.lift_already_cancelled": "Cette levée a déjà été annulée.",
  "fulfilment.lift_notice_period_over": "Le délai de préavis est écoulé : la levée a déjà commencé.",
  "fulfilment.step_not_waiting_for_result": "Cette étape est {taskStatus}, elle n’attend pas de résultat.",
  "fulfilment.step_already_approved": "Cette étape a déjà été approuvée.",
  "fulfilment.step_not_waiting_for_decision": "Cette étape n’attend pas encore de décision.",
  "fulfilment.profiling_answer_required":
    "Indiquez pourquoi le profilage a conduit à la décision et l’issue du réexamen : c’est la réponse que la personne reçoit.",
  "fulfilment.profiling_answer_not_applicable":
    "Seule une contestation de décision de profilage reçoit une réponse ici.",
  "fulfilment.found_required":
    "Indiquez si vous avez trouvé des enregistrements de la personne dans ce système : la réponse à la confirmation est un oui ou un non.",
};
