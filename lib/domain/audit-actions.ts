/**
 * Every action the audit log records, grouped by what it is about (documenso's document-audit-logs
 * is the model). The names are stored and hashed into the chain: add new ones, never rename one.
 */
export const AUDIT_ACTION_GROUPS = {
  /** The request's life: intake, the lifecycle transitions, the subject's and staff's correspondence. */
  request: [
    "request.submitted",
    "request.verified",
    "request.assigned",
    "request.started",
    "request.clarification_requested",
    "request.subject_replied",
    "request.submitted_for_review",
    "request.completed",
    "request.extended",
    "request.refused",
    "request.withdrawn",
    "request.reopened",
    "request.verification_reminded",
    "request.verification_resent",
    "request.verification_code_rejected",
    "request.status_link_issued",
    "request.status_link_resent",
    "request.deadline_alerted",
    "request.deadline_escalated",
    "request.subject_message",
    "request.message_sent",
    "request.note_added",
    "request.subject_viewed",
    "request.regime_corrected",
    "request.new_date_notified",
    "request.agent_filed",
    "request.agent_permission_approved",
    "request.agent_permission_rejected",
    "request.data_points_matched",
    "request.consumer_asked_to_verify",
  ],
  /** Complaints made to the controller about a request (UK s. 164A DPA 2018): received, acknowledged, answered. */
  complaint: ["complaint.received", "complaint.acknowledged", "complaint.answered", "complaint.acknowledge_alerted"],
  /** Appeals of a refusal under a US state law (lib/domain/us-states): filed by the subject, decided by staff. */
  appeal: [
    "appeal.filed",
    "appeal.granted",
    "appeal.denied",
    "appeal.decision_refused",
    "appeal.decision_alerted",
    "appeal.extended",
  ],
  /** Staff accounts and sign-in. */
  staff: [
    "staff.user_created",
    "staff.role_changed",
    "staff.deactivated",
    "staff.reactivated",
    "staff.totp_reset",
    "staff.totp_enrolment_started",
    "staff.totp_enrolled",
    "staff.signed_in",
    "staff.sso_authenticated",
    "staff.sign_in_failed",
    "staff.sign_in_locked",
    "staff.signed_out",
    "staff.password_changed",
    "staff.password_reset_issued",
    "staff.password_reset_completed",
    "staff.language_changed",
  ],
  /** The fulfilment plan as a whole. */
  fulfilment: ["fulfilment.planned", "fulfilment.position_started", "fulfilment.retried", "fulfilment.stopped"],
  /** One step of the plan against one system. */
  task: ["task.succeeded", "task.waiting", "task.skipped", "task.failed"],
  /** A person's decision at a review gate (`gate.<gate operation>`). */
  gate: ["gate.review_package", "gate.approve_erasure", "gate.approve_changes"],
  /** Ending a restriction (Art. 18(3)): requested, its notice period started and ended, or cancelled. */
  restriction: [
    "restriction.lift_requested",
    "restriction.lift_scheduled",
    "restriction.lift_notice_period_ended",
    "restriction.lift_cancelled",
  ],
  /** Art. 19 notices to the recipients of a system holding the person's data: sent, re-sent, acknowledged. */
  notice: ["notice.sent", "notice.resent", "notice.acknowledged"],
  /** A mail that could not be sent: given up by the sweep, uncertain after a crash, resent by staff. */
  mail: ["mail.given_up", "mail.uncertain", "mail.resent"],
  /** The package delivered to the subject. */
  export: ["export.code_sent", "export.downloaded", "export.purged"],
  /** The company's systems (register facts, connectors). */
  system: ["system.enabled", "system.disabled", "system.connection_tested", "system.register_updated"],
  /** Operations carried out from the queue dashboard. */
  queues: ["queues.operation"],
  /** Closed requests minimised after their record period (subject data destroyed, the record kept). */
  retention: ["retention.request_minimised"],
  /** Key rotation: every encrypted value re-encrypted under the current data key; blind indexes rebuilt. */
  keys: ["keys.data_key_rotated", "keys.blind_index_rebuilt"],
  /** The dashboard's monthly counters recounted in the calendar months of the controller's (new) time zone. */
  dashboard: ["dashboard.months_rebuilt"],
  /** Outbound webhook endpoints (lib/integrations/webhooks): registered, disabled (by an admin or after failures), re-enabled, a delivery resent. */
  webhook: [
    "webhook.endpoint_created",
    "webhook.endpoint_disabled",
    "webhook.endpoint_enabled",
    "webhook.delivery_resent",
    "webhook.endpoint_updated",
    "webhook.endpoint_deleted",
    "webhook.secret_rotated",
  ],
  /** CSV imports of requests received elsewhere (lib/requests/import); each request also gets its request.submitted. */
  import: ["import.completed", "import.requeued", "import.failed"],
  /** Keys for the REST API, created and revoked by admins (their calls are audited with the key as actor). */
  api_key: ["api_key.created", "api_key.revoked"],
  /** Data Rights Protocol agents (lib/integrations/drp): registered, disabled, enabled by admins; every call they make; callbacks given up. */
  drp: [
    "drp.agent_registered",
    "drp.agent_disabled",
    "drp.agent_enabled",
    "drp.agent_paired",
    "drp.request_received",
    "drp.status_read",
    "drp.request_revoked",
    "drp.call_refused",
    "drp.callback_given_up",
  ],
  /** Files attached to a request's message thread: attached (by staff or the subject), opened by staff. */
  attachment: ["attachment.added", "attachment.viewed"],
  /** Reusable replies for the message thread, managed by admins. */
  reply_template: ["reply_template.created", "reply_template.updated", "reply_template.deleted"],
  /** Admins' wording of the lifecycle mails' free paragraphs (the legally required parts stay generated). */
  mail_wording: ["mail_wording.changed", "mail_wording.reset"],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];

export const AUDIT_ACTION_NAMES: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();

/** The actions a lifecycle transition writes (lifecycle.ts's AUDIT_ACTIONS must stay within this list). */
export const TRANSITION_AUDIT_ACTIONS = [
  "request.verified",
  "request.assigned",
  "request.started",
  "request.clarification_requested",
  "request.subject_replied",
  "request.submitted_for_review",
  "request.completed",
  "request.extended",
  "request.refused",
  "request.withdrawn",
  "request.reopened",
] as const satisfies readonly AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTION_NAMES as readonly string[]).includes(value);
}

/** The audit action of a decision at a review gate; throws for an operation that is not a gate. */
export function gateAuditAction(gateOperation: string): AuditAction {
  const action = `gate.${gateOperation}`;
  if (!isAuditAction(action)) throw new Error(`no audit action for gate ${gateOperation}`);
  return action;
}
