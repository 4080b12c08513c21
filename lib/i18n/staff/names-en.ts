/** Names for people of the product's own keys: the mails it sends and the kinds of connected systems. */
export const namesEn = {
  mailNames: {
    verification: "Verification code",
    verification_reminder: "Verification reminder",
    request_received: "Acknowledgement of receipt",
    verification_expired: "Verification expired",
    withdrawal_confirmation: "Withdrawal confirmation",
    clarification_request: "Request for clarification",
    extension_notice: "Extension notice",
    refusal: "Refusal",
    completion: "Completion",
    staff_message: "Message from the team",
    agent_notice: "Notice to the authorised agent",
    lost_link: "Lost link",
    download_code: "Download code",
    restriction_lift_notice: "Notice before lifting a restriction",
    new_date_notice: "New date notice",
    complaint_acknowledged: "Complaint acknowledged",
    complaint_outcome: "Complaint outcome",
    appeal_decision: "Appeal decision",
  } as Record<string, string>,
  systemKinds: {
    postgres: "PostgreSQL database",
    webhook: "Webhook",
    manual: "Manual (tasks for a person)",
  } as Record<string, string>,
};
