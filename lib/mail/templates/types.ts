import type { Branding } from "@/lib/branding/config";
import type { RefusalReason, RequestType } from "@/lib/domain/vocabulary";
import type { ReactElement } from "react";
import type { CompletionResult, PackageWindow } from "@/lib/domain/completion-result";
import type { Locale } from "@/lib/domain/locale";
import type { RegimeCode } from "@/lib/domain/deadline";

/**
 * The requester's regime, carried by every mail that says something about the law: the regime picks the
 * provisions and authority; `authority*` is the controller's configured lead authority (quoted under GDPR
 * only); `residence` adds the resident's own member-state authority (Art. 77 GDPR) when it differs.
 */
export interface RegimeParams {
  regime: RegimeCode;
  residence?: string | null;
  authorityName: string;
  authorityUrl: string;
}

/** Dates are local calendar dates "YYYY-MM-DD"; URLs are absolute. */
export interface TemplateParams {
  verification: RegimeParams & {
    reference: string;
    type: RequestType;
    verifyUrl: string;
    code: string;
    codeMinutes: number;
    linkHours: number;
    dueDate: string;
    /** The due date has passed already (a back-dated letter or call): no date is promised. */
    overdue: boolean;
    /** The authorised agent who filed it for the person (11 CCR § 7063(a)): named, and "ignore" is not the advice. */
    agent?: string;
  };
  verification_reminder: { reference: string; type: RequestType; verifyUrl: string; withdrawOn: string };
  /** Acknowledgement after verification; statusUrl is the secret status link. */
  request_received: RegimeParams & {
    reference: string;
    type: RequestType;
    statusUrl: string;
    dueDate: string;
    /** The due date had passed when the request was acknowledged (a back-dated letter or call): no date promised. */
    overdue?: boolean;
    /** Staff checked the identity themselves (phone, letter): the person confirmed nothing. */
    checkedByStaff?: boolean;
  };
  /** The request was withdrawn because it was never verified. */
  verification_expired: { reference: string; type: RequestType; portalUrl: string };
  withdrawal_confirmation: { reference: string; type: RequestType };
  clarification_request: RegimeParams & {
    reference: string;
    message: string;
    statusUrl: string;
    clockStopped: boolean;
  };
  /** `regime` picks the provision and complaint route; `authority*` is the configured lead authority (GDPR). */
  extension_notice: RegimeParams & {
    reference: string;
    reason: string;
    newDueDate: string;
    statusUrl: string;
  };
  refusal: RegimeParams & {
    reference: string;
    type: RequestType;
    reasonCode: RefusalReason;
    /** US states with an appeal right: the tokenised link to the status page's appeal form. */
    appealUrl?: string;
    reasonText: string;
  };
  /** `result`, when given, says concretely what was done (package, what was erased and kept, changes, systems, recipients told). */
  completion: RegimeParams & {
    reference: string;
    type: RequestType;
    statusUrl: string;
    summary?: string;
    result?: CompletionResult;
    /** Completed with part refused, under a US state law with an appeal right: the status page's appeal form. */
    appealUrl?: string;
  };
  /** `files`: how many files the mail carries (the staff member's attachments, attached when it is sent). */
  staff_message: {
    reference: string;
    message: string;
    statusUrl: string;
    files?: number;
    /**
     * Written on a closed request (QA F27): `replyUntil`, the last day (YYYY-MM-DD) the person may answer on its
     * page (lib/domain/closed-reply.ts), or null when they no longer can; `portalUrl` for a new request.
     */
    closed?: { replyUntil: string | null; portalUrl: string };
  };
  /** To an authorised agent: the request was received, or the signed permission approved or rejected. */
  agent_notice: {
    reference: string;
    type: RequestType;
    decision: "received" | "approved" | "rejected";
    reason: string | null;
    /** A power of attorney (Probate Code §§ 4121–4130): the consumer is not asked to verify (11 CCR § 7063(b)). */
    permissionKind?: "signed_permission" | "power_of_attorney";
  };
  /** The status link again, asked for from the portal's lost-link form (one mail per open request). */
  lost_link: { reference: string; type: RequestType; statusUrl: string };
  /** A fresh code before each download of a package. */
  download_code: PackageWindow & {
    reference: string;
    code: string;
    codeMinutes: number;
    downloadsLeft: number;
  };
  /** Art. 18(3): told before a restriction is lifted (on liftOn at the earliest), with the reason and the subject's options. */
  restriction_lift_notice: RegimeParams & {
    reference: string;
    systems: string[];
    liftOn: string;
    reason: string;
    statusUrl: string;
  };
  /** After a restriction_lift_notice: the announced lift (on liftOn, absent on older notices) is called off; the restriction stays. */
  restriction_lift_cancelled: { reference: string; liftOn?: string; statusUrl: string };
  /**
   * nFADP: we cannot answer within 30 days; the date by which we will, and why. `type` decides the provision:
   * art. 18(2) OPDo for access (and portability, art. 22 OPDo); none for the art. 32 nFADP claims.
   * Optional only for mails queued before it was carried.
   */
  new_date_notice: RegimeParams & {
    reference: string;
    type?: RequestType;
    newDate: string;
    reason: string;
    statusUrl: string;
  };
  /**
   * Staff corrected the residence, and the law it gives (or the controller's calendar) brings the due date before
   * the one the person was told: `dueDate` (local date in `timeZone`, the controller's) instead of `previousDueDate`.
   * `overdue`: that date has passed already (no date is promised); `extensionDropped`: the new law has no extension.
   */
  regime_correction_notice: RegimeParams & {
    reference: string;
    type: RequestType;
    previousDueDate: string;
    dueDate: string;
    timeZone: string;
    overdue: boolean;
    extensionDropped: boolean;
    statusUrl: string;
  };
  /** UK s. 164A DPA 2018: the complaint made to us is acknowledged (within 30 days of receipt). */
  complaint_acknowledged: RegimeParams & { reference: string; receivedOn: string; statusUrl: string };
  /** UK s. 164A DPA 2018: the outcome of the complaint made to us. */
  complaint_outcome: RegimeParams & { reference: string; outcome: string; statusUrl: string };
  appeal_decision: RegimeParams & {
    reference: string;
    decision: "granted" | "denied";
    reason: string;
    statusUrl: string;
  };
  /** US state appeal acknowledged: the decision date (local date in `timeZone`, the controller's). */
  appeal_received: RegimeParams & { reference: string; decideBy: string; timeZone: string; statusUrl: string };
  /** US state appeal's decision period extended (CO, MN, NJ): the new date and the reason. */
  appeal_extension: RegimeParams & {
    reference: string;
    newDate: string;
    timeZone: string;
    reason: string;
    statusUrl: string;
  };
}

export type TemplateName = keyof TemplateParams;

export interface TemplateProps<P> {
  locale: Locale;
  params: P;
  brand: Branding;
}

/** What each template file exports. */
export interface MailTemplate<P> {
  subject(locale: Locale, params: P, brand: Branding): string;
  Component(props: TemplateProps<P>): ReactElement;
}

export type { CompletionResult };
