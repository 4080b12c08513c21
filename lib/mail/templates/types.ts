import type { Branding } from "@/lib/branding/config";
import type { RefusalReason, RequestType } from "@/lib/domain/vocabulary";
import type { ReactElement } from "react";
import type { CompletionResult } from "@/lib/domain/completion-result";
import type { Locale } from "@/lib/domain/locale";
import type { RegimeCode } from "@/lib/domain/deadline";

/** Dates are local calendar dates "YYYY-MM-DD"; URLs are absolute. */
export interface TemplateParams {
  verification: {
    reference: string;
    type: RequestType;
    verifyUrl: string;
    code: string;
    codeMinutes: number;
    linkHours: number;
    dueDate: string;
    /** The due date has passed already (a back-dated letter or call): no date is promised. */
    overdue: boolean;
  };
  verification_reminder: { reference: string; type: RequestType; verifyUrl: string; withdrawOn: string };
  /** Acknowledgement after verification; statusUrl is the secret status link. */
  request_received: { reference: string; type: RequestType; statusUrl: string; dueDate: string };
  /** The request was withdrawn because it was never verified. */
  verification_expired: { reference: string; type: RequestType; portalUrl: string };
  withdrawal_confirmation: { reference: string; type: RequestType };
  clarification_request: { reference: string; message: string; statusUrl: string; clockStopped: boolean };
  /** `regime` picks the provision and complaint route; `authority*` is the configured lead authority (GDPR). */
  extension_notice: {
    reference: string;
    reason: string;
    newDueDate: string;
    statusUrl: string;
    regime: RegimeCode;
    authorityName: string;
    authorityUrl: string;
  };
  refusal: {
    reference: string;
    type: RequestType;
    reasonCode: RefusalReason;
    reasonText: string;
    regime: RegimeCode;
    authorityName: string;
    authorityUrl: string;
  };
  /** `result`, when given, says concretely what was done (package, what was erased and kept, changes, systems, recipients told). */
  completion: { reference: string; type: RequestType; statusUrl: string; summary?: string; result?: CompletionResult };
  staff_message: { reference: string; message: string; statusUrl: string };
  /** The status link again, asked for from the portal's lost-link form (one mail per open request). */
  lost_link: { reference: string; type: RequestType; statusUrl: string };
  /** A fresh code before each download of a package. */
  download_code: {
    reference: string;
    code: string;
    codeMinutes: number;
    availableUntil: string;
    downloadsLeft: number;
  };
  /** Art. 18(3): told before a restriction is lifted (on liftOn at the earliest), with the reason and the subject's options. */
  restriction_lift_notice: {
    reference: string;
    systems: string[];
    liftOn: string;
    reason: string;
    statusUrl: string;
    authorityName: string;
    authorityUrl: string;
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
