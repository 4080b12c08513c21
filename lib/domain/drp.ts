import type { Locale } from "./locale";
import type { RefusalReason, RequestStatus, RequestType } from "./vocabulary";

/*
 * The Data Rights Protocol v1.0 (consumer-reports-innovation-lab/data-rights-protocol) in the product's
 * terms: its rights, states and denial reasons, and the one mapping from a request to its DRP status.
 */

export const DRP_VERSION = "1.0";

/** § 3.01: the CCPA rights the protocol encodes. */
export const DRP_EXERCISES = [
  "sale:opt-out",
  "sale:opt-in",
  "deletion",
  "access",
  "access:categories",
  "access:specific",
] as const;
export type DrpExercise = (typeof DRP_EXERCISES)[number];

/** § 3.02: the states of a data rights request. */
export const DRP_STATUSES = ["open", "in_progress", "fulfilled", "revoked", "denied", "expired"] as const;
export type DrpStatus = (typeof DRP_STATUSES)[number];

/** § 3.02: the fixed denial reasons. */
export const DRP_DENIAL_REASONS = [
  "suspected_fraud",
  "insuf_verification",
  "no_match",
  "claim_not_covered",
  "outside_jurisdiction",
  "too_many_requests",
  "other",
] as const;
export type DrpDenialReason = (typeof DRP_DENIAL_REASONS)[number];
export type DrpReason = DrpDenialReason | "need_user_verification";

/**
 * The product's request type for a DRP right; null for a right the product does not take
 * (`sale:opt-in`: a re-consent, not a request the law obliges a business to process).
 */
export function requestTypeForExercise(exercise: DrpExercise): RequestType | null {
  switch (exercise) {
    case "sale:opt-out":
      return "opt_out_sale";
    case "deletion":
      return "erasure";
    case "access":
    case "access:categories":
    case "access:specific":
      return "access";
    case "sale:opt-in":
      return null;
  }
}

/**
 * The DRP denial reason of each refusal ground. `manifestly_unfounded` is not `suspected_fraud`: the
 * product's ground does not say the request is fraudulent, so the agent reads `other` and the details.
 */
export const DRP_DENIAL_FOR_REFUSAL: Record<RefusalReason, DrpDenialReason> = {
  identity_not_verified: "insuf_verification",
  not_found: "no_match",
  exemption: "claim_not_covered",
  excessive: "too_many_requests",
  manifestly_unfounded: "other",
  other: "other",
  compelling_grounds: "other",
  right_not_granted: "claim_not_covered",
};

export function denialReasonFor(refusalReasonCode: string | null): DrpDenialReason {
  return (DRP_DENIAL_FOR_REFUSAL as Record<string, DrpDenialReason>)[refusalReasonCode ?? ""] ?? "other";
}

/** What the mapping reads of a request (the row and the DRP link). */
export interface DrpRequestFacts {
  status: RequestStatus;
  refusalReasonCode: string | null;
  verifiedAt: Date | null;
  /** The request's current due date (moves with an extension), a local date in the controller's zone. */
  dueDate: string;
  extended: boolean;
  /** The agent revoked it through the protocol (DELETE). */
  revokedByAgent: boolean;
}

export interface DrpStatusView {
  status: DrpStatus;
  reason: DrpReason | null;
  /** ISO 8601 date (the controller's calendar day) by which the business answers; null once final. */
  expectedBy: string | null;
  /** A key of DRP_DETAILS (the text is chosen in the request's language). */
  details: DrpDetailsKey;
}

export type DrpDetailsKey =
  | "verification_needed"
  | "received"
  | "in_progress"
  | "awaiting_consumer"
  | "in_review"
  | "extended"
  | "fulfilled"
  | "denied"
  | "revoked"
  | "verification_expired";

/**
 * The one mapping from the product's lifecycle to the protocol's states (§ 3.02):
 * - unverified → in_progress / need_user_verification (the consumer is asked to verify by mail);
 * - new, in_progress, awaiting_subject, in_review → in_progress with `expected_by` (the business runs the
 *   endpoints itself, so a request passes from open to in_progress at once, § 3.03 note 1);
 * - completed → fulfilled; rejected → denied with the reason of its refusal ground;
 * - withdrawn → revoked, except a request never verified that the agent did not revoke: the product
 *   withdrew it because the verification expired, which the protocol calls denied / insuf_verification.
 */
export function drpStatusOf(f: DrpRequestFacts): DrpStatusView {
  const open = (details: DrpDetailsKey, reason: DrpReason | null = null): DrpStatusView => ({
    status: "in_progress",
    reason,
    expectedBy: f.dueDate,
    details: f.extended && details !== "verification_needed" ? "extended" : details,
  });
  const final = (status: DrpStatus, reason: DrpReason | null, details: DrpDetailsKey): DrpStatusView => ({
    status,
    reason,
    expectedBy: null,
    details,
  });
  switch (f.status) {
    case "unverified":
      return open("verification_needed", "need_user_verification");
    case "new":
      return open("received");
    case "in_progress":
      return open("in_progress");
    case "awaiting_subject":
      return open("awaiting_consumer");
    case "in_review":
      return open("in_review");
    case "completed":
      return final("fulfilled", null, "fulfilled");
    case "rejected":
      return final("denied", denialReasonFor(f.refusalReasonCode), "denied");
    case "withdrawn":
      return !f.revokedByAgent && !f.verifiedAt
        ? final("denied", "insuf_verification", "verification_expired")
        : final("revoked", null, "revoked");
  }
}

/** `processing_details` texts, in the request's language (the agent shows them to the consumer). */
export const DRP_DETAILS: Record<Locale, Record<DrpDetailsKey, string>> = {
  en: {
    verification_needed: "We e-mailed the consumer a link to confirm the request; it is processed once confirmed.",
    received: "Request received and verified; it will be processed by the expected date.",
    in_progress: "The request is being processed.",
    awaiting_consumer: "We asked the consumer for information; the request continues once they reply.",
    in_review: "The response is being reviewed before it is sent.",
    extended: "The response period was extended as the law allows; the expected date was moved.",
    fulfilled: "The request was fulfilled; the consumer was told by e-mail.",
    denied: "The request was refused; the consumer was told why by e-mail.",
    revoked: "The request was withdrawn.",
    verification_expired: "The request was never confirmed by the consumer and was closed.",
  },
  fr: {
    verification_needed:
      "Nous avons envoyé au consommateur un lien pour confirmer la demande ; elle sera traitée une fois confirmée.",
    received: "Demande reçue et vérifiée ; elle sera traitée d'ici la date prévue.",
    in_progress: "La demande est en cours de traitement.",
    awaiting_consumer: "Nous avons demandé des informations au consommateur ; la demande reprend dès sa réponse.",
    in_review: "La réponse est en cours de relecture avant envoi.",
    extended: "Le délai de réponse a été prolongé comme la loi le permet ; la date prévue a changé.",
    fulfilled: "La demande a été satisfaite ; le consommateur en a été informé par courriel.",
    denied: "La demande a été refusée ; le consommateur en a reçu les motifs par courriel.",
    revoked: "La demande a été retirée.",
    verification_expired: "La demande n'a jamais été confirmée par le consommateur et a été close.",
  },
};

/**
 * The consumer's residence from the identity claims (§ 3.04 `address`, OpenID address claim): a US
 * address with a two-letter region gives `US-XX`; without one, a request under `regime: "ccpa"` is taken
 * as a Californian's (the agent attests it files under the CCPA). Null: no residence could be read.
 */
export function jurisdictionFromClaims(claims: {
  regime?: string | null;
  address?: { country?: string | null; region?: string | null } | null;
}): string | null {
  const country = claims.address?.country?.trim().toUpperCase();
  const region = claims.address?.region?.trim().toUpperCase();
  const us = country === "US" || country === "USA" || country === "UNITED STATES";
  if (us && region && /^[A-Z]{2}$/.test(region)) return `US-${region}`;
  if (country && /^[A-Z]{2}$/.test(country) && !us) return country;
  if (claims.regime === "ccpa") return "US-CA";
  return null;
}
