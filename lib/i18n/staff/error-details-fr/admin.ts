import type { ADMIN_DETAILS } from "@/lib/domain/error-details/admin";

/** French of lib/domain/error-details/admin.ts (same keys, checked by the type). */
export const ADMIN_DETAILS_FR: Record<keyof typeof ADMIN_DETAILS, string> = {
  "admin.account_e_mail_already_exists": "Un compte avec cette adresse e-mail existe déjà.",
  "admin.account_does_not_exist": "Ce compte n’existe pas.",
  "admin.cannot_deactivate_yourself_remove_own":
    "Vous ne pouvez pas vous désactiver vous-même ni retirer votre propre rôle d’administrateur.",
  "admin.expiry_must_future": "L’expiration doit être dans le futur.",
  "admin.key_does_not_exist_already": "Cette clé n’existe pas ou a déjà été révoquée.",
  "admin.too_many_wrong_passwords_try": "Trop de mots de passe erronés. Réessayez plus tard.",
  "admin.current_password_not_right": "Votre mot de passe actuel n’est pas le bon.",
  "admin.choose_new_password": "Choisissez un nouveau mot de passe.",
  "admin.account_changed_meanwhile_sign_again": "Votre compte a été modifié entre-temps. Reconnectez-vous.",
  "admin.use_change_password_own_account": "Utilisez « Changer le mot de passe » pour votre propre compte.",
  "admin.account_deactivated_reactivate_first": "Ce compte est désactivé : réactivez-le d’abord.",
  "admin.body_must_json_object": "Le corps doit être un objet JSON.",
  "admin.only_intro_closing_paragraphs_can":
    "Seuls les paragraphes d’introduction et de conclusion peuvent être reformulés.",
  "admin.mail_does_not_exist_request": "Ce courriel n’existe pas pour cette demande.",
  "admin.mail_sent_already": "Ce courriel a déjà été envoyé.",
  "admin.mail_still_being_sent_can": "Ce courriel est encore en cours d’envoi ; il pourra être renvoyé s’il échoue.",
  "admin.mail_queued_before_mail_state":
    "Ce courriel a été mis en file avant que l’état des courriels soit conservé et ne peut pas être renvoyé.",
  "admin.system_does_not_exist": "Ce système n’existe pas.",
  "admin.someone_else_changed_system_since":
    "Quelqu’un d’autre a modifié ce système depuis que vous l’avez ouvert. Rechargez la page pour voir ses modifications, puis modifiez à nouveau.",
  "admin.verify_key_not_ed25519_public": "La clé de vérification n’est pas une clé publique Ed25519.",
  "admin.agent_id_already_registered": "Un agent avec cet identifiant est déjà enregistré.",
  "admin.webhook_endpoint_does_not_exist": "Ce point de réception de webhooks n’existe pas.",
  "admin.delivery_does_not_exist_being": "Cet envoi n’existe pas ou est en cours d’envoi.",
  "admin.reset_link_gone": "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau à un administrateur.",
  "admin.stronger_password": "Choisissez un mot de passe plus robuste : voyez le motif sous le champ.",
  "admin.change_password_first": "Changez le mot de passe qui vous a été donné avant toute autre chose.",
  "admin.agent_already_enabled": "Cet agent est déjà activé.",
  "admin.agent_already_disabled": "Cet agent est déjà désactivé.",
};
