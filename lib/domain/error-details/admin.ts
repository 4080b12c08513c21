/**
 * Refusal details of staff accounts, passwords, API keys, systems, mail, integrations: stable key → the English
 * sentence (the REST API's words).
 */
export const ADMIN_DETAILS = {
  "admin.account_email_taken": "An account with this e-mail already exists.",
  "admin.account_not_found": "This account does not exist.",
  "admin.cannot_demote_self": "You cannot deactivate yourself or remove your own admin role.",
  "admin.key_expiry_in_past": "The expiry must be in the future.",
  "admin.key_not_found": "This key does not exist or was already revoked.",
  "admin.too_many_wrong_passwords": "Too many wrong passwords. Try again later.",
  "admin.current_password_not_right": "Your current password is not right.",
  "admin.choose_new_password": "Choose a new password.",
  "admin.account_changed_meanwhile": "Your account changed meanwhile. Sign in again.",
  "admin.reset_own_password": "Use “Change password” for your own account.",
  "admin.account_deactivated": "This account is deactivated: reactivate it first.",
  "admin.body_not_json_object": "The body must be a JSON object.",
  "admin.wording_only_intro_closing": "Only the intro and closing paragraphs can be worded.",
  "admin.mail_not_found": "This mail does not exist for this request.",
  "admin.mail_sent_already": "This mail has been sent already.",
  "admin.mail_still_sending": "This mail is still being sent; it can be resent once it has failed.",
  "admin.mail_too_old_to_resend": "This mail was queued before mail state was kept and cannot be resent.",
  "admin.system_not_found": "This system does not exist.",
  "admin.system_changed_meanwhile":
    "Someone else changed this system since you opened it. Reload the page to see their changes, then edit again.",
  "admin.agent_key_not_ed25519": "The verify key is not an Ed25519 public key.",
  "admin.agent_id_taken": "An agent with this id is already registered.",
  "admin.webhook_endpoint_not_found": "This webhook endpoint does not exist.",
  "admin.delivery_not_found_or_sending": "This delivery does not exist or is being sent right now.",
  "admin.reset_link_gone": "This link has expired or was already used. Ask an administrator for a new one.",
  "admin.stronger_password": "Choose a stronger password: see the reason under the field.",
  "admin.change_password_first": "Change the password you were given before doing anything else.",
  "admin.agent_already_enabled": "This agent is already enabled.",
  "admin.agent_already_disabled": "This agent is already disabled.",
} as const;
