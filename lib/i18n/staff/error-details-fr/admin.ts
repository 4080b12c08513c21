import type { ADMIN_DETAILS } from "@/lib/domain/error-details/admin";

/** French of lib/domain/error-details/admin.ts (same keys, checked by the type). */
export const ADMIN_DETAILS_FR: Record<keyof typeof ADMIN_DETAILS, string> = {
  "admin.account_email_taken": "Un compte avec cette adresse e-mail existe déjà.",
  "admin.account_not_found": "Ce compte n’existe pas.",
  "admin.cannot_demote_self":
    "Vous ne pouvez pas vous désactiver vous-même ni retirer votre propre rôle d’administrateur.",
  "admin.key_expiry_in_past": "L’expiration doit être dans le futur.",
  "admin.key_not_found": "Cette clé n’existe pas ou a déjà été révoquée.",
  "admin.too_many_wrong_passwords": "Trop de mots de passe erronés. Réessayez plus tard.",
  "admin.current_password_not_right": "Votre mot de passe actuel n’est pas le bon.",
  "admin.choose_new_password": "Choisissez un nouveau mot de passe.",
  "admin.account_changed_meanwhile": "Votre compte a été modifié entre-temps. Reconnectez-vous.",
  "admin.reset_own_password": "Utilisez « Changer le mot de passe » pour votre propre compte.",
  "admin.account_deactivated": "Ce compte est désactivé : réactivez-le d’abord.",
  "admin.body_not_json_object": "Le corps doit être un objet JSON.",
  "admin.wording_only_intro_closing": "Seuls les paragraphes d’introduction et de conclusion peuvent être reformulés.",
  "admin.mail_not_found": "Ce courriel n’existe pas pour cette demande.",
  "admin.mail_sent_already": "Ce courriel a déjà été envoyé.",
  "admin.mail_still_sending": "Ce courriel est encore en cours d’envoi ; il pourra être renvoyé s’il échoue.",
  "admin.mail_too_old_to_resend":
    "Ce courriel a été mis en file avant que l’état des courriels soit conservé et ne peut pas être renvoyé.",
  "admin.system_not_found": "Ce système n’existe pas.",
  "admin.system_changed_meanwhile":
    "Quelqu’un d’autre a modifié ce système depuis que vous l’avez ouvert. Rechargez la page pour voir ses modifications, puis modifiez à nouveau.",
  "admin.agent_key_not_ed25519": "La clé de vérification n’est pas une clé publique Ed25519.",
  "admin.agent_id_taken": "Un agent avec cet identifiant est déjà enregistré.",
  "admin.webhook_endpoint_not_found": "Ce point de réception de webhooks n’existe pas.",
  "admin.delivery_not_found_or_sending": "Cet envoi n’existe pas ou est en cours d’envoi.",
  "admin.reset_link_gone": "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau à un administrateur.",
  "admin.stronger_password": "Choisissez un mot de passe plus robuste : voyez le motif sous le champ.",
  "admin.change_password_first": "Changez le mot de passe qui vous a été donné avant toute autre chose.",
  "admin.agent_already_enabled": "Cet agent est déjà activé.",
  "admin.agent_already_disabled": "Cet agent est déjà désactivé.",
};
