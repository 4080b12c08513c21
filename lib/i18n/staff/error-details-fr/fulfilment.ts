import type { FULFILMENT_DETAILS } from "@/lib/domain/error-details/fulfilment";

/** French of lib/domain/error-details/fulfilment.ts (same keys, checked by the type). */
export const FULFILMENT_DETAILS_FR: Record<keyof typeof FULFILMENT_DETAILS, string> = {
  "fulfilment.step_does_not_exist": "Cette étape n’existe pas.",
  "fulfilment.notice_does_not_belong_request": "Cette notification n’appartient pas à cette demande.",
  "fulfilment.recipient_already_acknowledged_notice": "Le destinataire a déjà accusé réception de cette notification.",
  "fulfilment.register_gives_no_e_mail":
    "Le registre ne donne aucune adresse e-mail pour ce destinataire : prévenez-le autrement, puis marquez la réception.",
  "fulfilment.notice_already_acknowledged": "La réception de cette notification est déjà enregistrée.",
  "fulfilment.request_no_package": "Cette demande n’a pas de paquet.",
  "fulfilment.discovery_not_finished_every_system": "La recherche n’est pas terminée dans tous les systèmes.",
  "fulfilment.request_no_such_review_step": "Cette demande n’a pas cette étape de relecture.",
  "fulfilment.someone_else_decided_step_meantime":
    "Quelqu’un d’autre a statué sur cette étape entre-temps. Rechargez la page.",
  "fulfilment.task_does_not_exist": "Cette tâche n’existe pas.",
  "fulfilment.step_waits_automated_system_cannot":
    "Cette étape attend un système automatisé ; elle ne peut pas être achevée à la main.",
  "fulfilment.field_cannot_corrected_system": "Ce champ ne peut pas être corrigé dans ce système.",
  "fulfilment.request_closed_steps_cannot_retried":
    "Cette demande est close ; ses étapes ne peuvent pas être relancées.",
  "fulfilment.no_step_failed_someone_may": "Aucune étape n’a échoué (quelqu’un les a peut-être déjà relancées).",
  "fulfilment.only_restriction_request_can_lifted": "Seule une demande de limitation peut être levée.",
  "fulfilment.request_closed_no_restriction_lift": "Cette demande est close ; il n’y a pas de limitation à lever.",
  "fulfilment.restriction_still_being_put_place":
    "La limitation est encore en cours de mise en place ; levez-la une fois toutes les étapes terminées.",
  "fulfilment.lifting_restriction_already_started": "La levée de cette limitation a déjà commencé.",
  "fulfilment.no_system_restricted_subjects_data":
    "Aucun système n’a encore limité le traitement des données de cette personne.",
  "fulfilment.no_lift_restriction_started": "Aucune levée de cette limitation n’a été lancée.",
  "fulfilment.lift_already_cancelled": "Cette levée a déjà été annulée.",
  "fulfilment.notice_period_over_lift_already": "Le délai de préavis est écoulé : la levée a déjà commencé.",
  "fulfilment.step_not_waiting_for_result": "Cette étape est {taskStatus}, elle n’attend pas de résultat.",
  "fulfilment.step_already_approved": "Cette étape a déjà été approuvée.",
  "fulfilment.step_not_waiting_for_decision": "Cette étape n’attend pas encore de décision.",
};
