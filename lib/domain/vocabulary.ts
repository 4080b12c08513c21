/** Shared vocabulary of data-subject requests; the DB schema, validation and UI build on these lists. */

// GDPR Art. 15-18, 20, 21 (CCPA "know"/"delete"/"correct" map onto access/erasure/rectification).
// CCPA § 1798.120 / § 1798.121 (11 CCR §§ 7026, 7027): opt-out of sale/sharing, limit sensitive data use.
// The other US states' laws (lib/domain/us-states): opt-outs of targeted advertising and of profiling in
// furtherance of decisions with legal or similarly significant effects (e.g. Va. Code § 59.1-577(A)(5)),
// and Utah's and Iowa's opt-out of the processing of sensitive data (Utah Code § 13-61-302(3), Iowa Code § 715D.4(2)).
// Minnesota's and Connecticut's right to question the result of profiling that produced a decision with legal or
// similarly significant effects (Minn. Stat. § 325M.14, subd. 1(g); Conn. Gen. Stat. § 42-518(a), PA 25-113).
// LGPD art. 18 I with art. 19 I: confirmation that personal data is processed, "em formato simplificado,
// imediatamente" — a yes or no, apart from access (art. 18 II, the complete declaration of art. 19 II).
export const REQUEST_TYPES = [
  "access",
  "rectification",
  "erasure",
  "portability",
  "restriction",
  "objection",
  "opt_out_sale",
  "limit_sensitive",
  "opt_out_targeted_ads",
  "opt_out_profiling",
  "opt_out_sensitive",
  "question_profiling",
  "confirmation",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * Opt-outs need no identity verification (11 CCR § 7026(d), § 7027(e); the state laws ask authentication only
 * for the rights to access, correct, delete and port) and are due in 15 business days (CCPA) or in the
 * state's own period (its record in lib/domain/us-states).
 */
export const OPT_OUT_TYPES = [
  "opt_out_sale",
  "limit_sensitive",
  "opt_out_targeted_ads",
  "opt_out_profiling",
  "opt_out_sensitive",
] as const satisfies readonly RequestType[];
export type OptOutType = (typeof OPT_OUT_TYPES)[number];
export function isOptOutType(type: string): type is OptOutType {
  return (OPT_OUT_TYPES as readonly string[]).includes(type);
}

/**
 * The types answered with a download, and what it holds: access, everything with the report; portability, what the
 * person provided; a profiling decision questioned, the personal data used (all of it, as access: staff leave out
 * what was not used at the review). Null: no package.
 */
export function packageKindOf(type: RequestType): "access" | "portability" | null {
  if (type === "access" || type === "question_profiling") return "access";
  return type === "portability" ? "portability" : null;
}

/**
 * The types whose plan the system starts by itself once verified, with no person pressing Start: the opt-outs, the
 * LGPD's confirmation (a yes or no due at once), and an objection — a direct-marketing one only, which the autostart
 * job checks (Art. 21(3): no balancing).
 */
export function startsByItself(type: string): boolean {
  return isOptOutType(type) || type === "confirmation" || type === "objection";
}

export const REQUEST_STATUSES = [
  "unverified",
  "new",
  "in_progress",
  "awaiting_subject",
  "in_review",
  "completed",
  "rejected",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses in which the request is still live (deadline watch, withdraw and refuse apply). */
export const OPEN_STATUSES = [
  "unverified",
  "new",
  "in_progress",
  "awaiting_subject",
  "in_review",
] as const satisfies readonly RequestStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export const STAFF_ROLES = ["admin", "dpo", "agent", "manager"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const REFUSAL_REASONS = [
  "identity_not_verified",
  "manifestly_unfounded",
  "excessive",
  "exemption",
  "not_found",
  "other",
  // Art. 21(1) GDPR / UK GDPR: an objection to other processing than direct marketing, weighed and not upheld.
  "compelling_grounds",
  // A request staff recorded for a right the law of the person's residence does not grant (rights.ts).
  "right_not_granted",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

// `agent`: filed by an authorised agent through the Data Rights Protocol (lib/integrations/drp).
export const CHANNELS = ["portal", "email", "phone", "letter", "api", "agent"] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels a staff member enters a request from (portal and API file themselves). */
export const STAFF_INTAKE_CHANNELS = ["phone", "letter", "email"] as const satisfies readonly Channel[];

/** How staff checked the identity of a person who asked by phone, letter or e-mail (audited with a note). */
export const IDENTITY_CHECK_METHODS = [
  "known_account",
  "id_document",
  "security_questions",
  // CCPA-style methods (11 CCR §§ 7060-7062): a call back, a reply by post, a visit, matching data points.
  "phone_call",
  "letter",
  "in_person",
  "data_point_match",
  "other",
] as const;
export type IdentityCheckMethod = (typeof IDENTITY_CHECK_METHODS)[number];
export const IDENTITY_CHECK_LABELS: Record<IdentityCheckMethod, string> = {
  known_account: "Known customer account",
  id_document: "ID document seen",
  security_questions: "Answered security questions",
  phone_call: "Phone call to a number on file",
  letter: "Letter to the postal address on file",
  in_person: "In person",
  data_point_match: "Data points matched our records",
  other: "Other (say how in the note)",
};

export function isOpenStatus(status: RequestStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly RequestStatus[]).includes(status);
}

/** States of one fulfilment step (one operation on one system). */
export const TASK_STATUSES = ["pending", "running", "waiting", "succeeded", "failed", "skipped"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
