import type { REQUESTS_DETAILS } from "@/lib/domain/error-details/requests";

/** French of lib/domain/error-details/requests.ts (same keys, checked by the type). */
export const REQUESTS_DETAILS_FR: Record<keyof typeof REQUESTS_DETAILS, string> = {
  "requests.template_does_not_exist": "Ce modèle n’existe pas.",
  "requests.person_cannot_assigned_requests": "Cette personne ne peut pas se voir attribuer de demandes.",
  "requests.someone_else_holds_request_only":
    "Quelqu’un d’autre détient cette demande ; seul un DPO ou un administrateur peut la réattribuer. Demandez-leur, ou à la personne qui la détient.",
  "requests.request_minimised_end_record_period": "Cette demande a été minimisée à la fin de sa durée de conservation.",
  "requests.role_cannot_decide_agents_permission": "Votre rôle ne permet pas de statuer sur le mandat d’un agent.",
  "requests.rejecting_permission_refuses_request_dpo":
    "Rejeter le mandat revient à refuser la demande : c’est au DPO ou à un administrateur d’en décider.",
  "requests.request_not_filed_agent": "Cette demande n’a pas été déposée par un agent.",
  "requests.permission_already_decided": "Il a déjà été statué sur ce mandat.",
  "requests.closed_request_keeps_regime_answered":
    "Une demande close garde le régime sous lequel elle a reçu sa réponse.",
  "requests.request_already_country_region": "La demande a déjà ce pays ou cette région.",
  "requests.write_message_first": "Écrivez d’abord un message.",
  "requests.message_too_long": "Le message est trop long.",
  "requests.cannot_write_subject_before_e":
    "Vous ne pouvez pas écrire à la personne avant que son adresse e-mail soit vérifiée.",
  "requests.request_minimised_subjects_details_were":
    "Cette demande a été minimisée : les coordonnées de la personne ont été détruites.",
  "requests.new_date_notified_under_swiss": "Une nouvelle date ne se notifie que sous la nLPD suisse.",
  "requests.request_closed_no_answer_left": "Cette demande est close : il n’y a plus de réponse à dater.",
  "requests.new_date_must_after_current": "La nouvelle date doit être postérieure à l’échéance actuelle.",
  "requests.new_date_must_future": "La nouvelle date doit être dans le futur.",
  "requests.later_date_already_notified": "Une date plus tardive a déjà été notifiée.",
  "requests.write_note_first": "Écrivez d’abord une note.",
  "requests.note_too_long": "La note est trop longue.",
  "requests.only_dpo_administrator_can_decide": "Seul un DPO ou un administrateur peut trancher un recours.",
  "requests.request_no_appeal": "Cette demande n’a pas de recours.",
  "requests.made_refusal_appeal_about_another":
    "Vous avez pris le refus que conteste ce recours : un autre DPO ou administrateur doit le trancher.",
  "requests.only_dpo_administrator_can_extend": "Seul un DPO ou un administrateur peut prolonger un recours.",
  "requests.appeal_already_decided": "Ce recours a déjà été tranché.",
  "requests.law_appeal_allows_no_extension":
    "La loi applicable à ce recours ne permet pas de prolonger son délai de décision.",
  "requests.first_decision_period_over_can": "Le premier délai de décision est écoulé : il ne peut plus être prolongé.",
  "requests.complaint_does_not_exist_request": "Cette réclamation n’existe pas sur cette demande.",
  "requests.too_many_files": "Trop de fichiers.",
  "requests.file_does_not_exist": "Ce fichier n’existe pas.",
  "requests.import_does_not_exist_not":
    "Cet import n’existe pas, n’est pas le vôtre, a des problèmes à corriger, ou a déjà été lancé.",
  "requests.staff_member_who_started_import": "Le membre de l’équipe qui a lancé cet import n’est plus actif.",
  "requests.time_receipt_cannot_future": "L’heure de réception ne peut pas être dans le futur.",
  "requests.no_such_request": "Cette demande n’existe pas.",
  "requests.request_no_agent_permission": "Cette demande n’a pas de mandat d’agent.",
  "requests.extended_regime_has_no_extension":
    "Cette demande a été prolongée, et {regime} ne prévoit pas de prolongation : réglez la prolongation avec le DPO avant de corriger le régime.",
  "requests.file_empty": "Le fichier {file} est vide.",
  "requests.file_too_large": "Le fichier {file} est trop volumineux.",
  "requests.file_wrong_type": "Le fichier {file} n’est ni un PDF, ni un PNG, ni un JPEG, ni du texte brut.",
};
