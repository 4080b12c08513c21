import type { REQUESTS_DETAILS } from "@/lib/domain/error-details/requests";

/** French of lib/domain/error-details/requests.ts (same keys, checked by the type). */
export const REQUESTS_DETAILS_FR: Record<keyof typeof REQUESTS_DETAILS, string> = {
  "requests.reply_template_not_found": "Ce modèle n’existe pas.",
  "requests.not_assignable": "Cette personne ne peut pas se voir attribuer de demandes.",
  "requests.held_by_someone_else":
    "Quelqu’un d’autre détient cette demande ; seul un DPO ou un administrateur peut la réattribuer. Demandez-leur, ou à la personne qui la détient.",
  "requests.minimised": "Cette demande a été minimisée à la fin de sa durée de conservation.",
  "requests.agent_permission_role": "Votre rôle ne permet pas de statuer sur le mandat d’un agent.",
  "requests.agent_permission_reject_supervisor":
    "Rejeter le mandat revient à refuser la demande : c’est au DPO ou à un administrateur d’en décider.",
  "requests.not_filed_by_agent": "Cette demande n’a pas été déposée par un agent.",
  "requests.agent_request_role": "Votre rôle ne permet pas d’agir sur la demande d’un agent.",
  "requests.agent_power_of_attorney":
    "L’agent détient une procuration : le consommateur ne peut pas être tenu de vérifier son identité lui-même (11 CCR § 7063(b)).",
  "requests.agent_permission_decided": "Il a déjà été statué sur ce mandat.",
  "requests.closed_keeps_regime": "Une demande close garde le régime sous lequel elle a reçu sa réponse.",
  "requests.same_residence": "La demande a déjà ce pays ou cette région.",
  "requests.write_message_first": "Écrivez d’abord un message.",
  "requests.message_too_long": "Le message est trop long.",
  "requests.subject_unverified": "Vous ne pouvez pas écrire à la personne avant que son adresse e-mail soit vérifiée.",
  "requests.minimised_details_destroyed":
    "Cette demande a été minimisée : les coordonnées de la personne ont été détruites.",
  "requests.new_date_swiss_only": "Une nouvelle date ne se notifie que sous la nLPD suisse.",
  "requests.new_date_closed": "Cette demande est close : il n’y a plus de réponse à dater.",
  "requests.new_date_before_due": "La nouvelle date doit être postérieure à l’échéance actuelle.",
  "requests.new_date_in_past": "La nouvelle date doit être dans le futur.",
  "requests.later_date_notified": "Une date plus tardive a déjà été notifiée.",
  "requests.write_note_first": "Écrivez d’abord une note.",
  "requests.note_too_long": "La note est trop longue.",
  "requests.appeal_decider_role": "Seul un DPO ou un administrateur peut trancher un recours.",
  "requests.no_appeal": "Cette demande n’a pas de recours.",
  "requests.appeal_same_decider":
    "Vous avez pris le refus que conteste ce recours : un autre DPO ou administrateur doit le trancher.",
  "requests.appeal_extender_role": "Seul un DPO ou un administrateur peut prolonger un recours.",
  "requests.appeal_already_decided": "Ce recours a déjà été tranché.",
  "requests.appeal_no_extension": "La loi applicable à ce recours ne permet pas de prolonger son délai de décision.",
  "requests.appeal_period_over": "Le premier délai de décision est écoulé : il ne peut plus être prolongé.",
  "requests.complaint_not_found": "Cette réclamation n’existe pas sur cette demande.",
  "requests.too_many_files": "Trop de fichiers.",
  "requests.file_not_found": "Ce fichier n’existe pas.",
  "requests.import_not_startable":
    "Cet import n’existe pas, n’est pas le vôtre, a des problèmes à corriger, ou a déjà été lancé.",
  "requests.import_starter_inactive": "Le membre de l’équipe qui a lancé cet import n’est plus actif.",
  "requests.import_row_date_invalid":
    "Sa colonne received_at n’est pas une date, une heure et un fuseau horaire que l’import sait lire.",
  "requests.import_row_fields_invalid": "Ces colonnes ne sont pas valides : {fields}.",
  "requests.received_in_future": "L’heure de réception ne peut pas être dans le futur.",
  "requests.received_too_early": "L’heure de réception ne peut pas être antérieure au 1er janvier 2000.",
  "requests.preview_request_not_found": "Cette demande n’existe pas.",
  "requests.no_agent_permission": "Cette demande n’a pas de mandat d’agent.",
  "requests.file_empty": "Le fichier {file} est vide.",
  "requests.file_too_large": "Le fichier {file} est trop volumineux.",
  "requests.file_wrong_type": "Le fichier {file} n’est ni un PDF, ni un PNG, ni un JPEG, ni du texte brut.",
  "requests.opt_out_not_offered": "Ce droit n’est pas prévu par la loi du lieu de résidence.",
  "requests.right_not_granted": "La loi du lieu de résidence ({residence}, {law}) ne prévoit pas ce droit ({right}).",
};
