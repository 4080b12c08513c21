import { hashToken } from "@/lib/crypto/tokens";
import type { NewRequestRow } from "@/lib/db/queries/requests";
import type { AuditInput } from "@/lib/audit/append";
import { encryptSubjectFields } from "@/lib/requests/subject-fields";
import {
  hashVerificationCode,
  VERIFICATION_CODE_MINUTES,
  VERIFICATION_LINK_HOURS,
} from "@/lib/requests/verification/verification-secrets";
import type { PreparedSubmission, SubmitResult } from "./submit-request";

const DUPLICATE_WINDOW_DAYS = 30;

/** The rows an intake writes, shared by its one-statement path and its transaction path. */
export function requestRow<D>(p: PreparedSubmission, duplicateOf: D) {
  const { input, ctx, id, deadline } = p;
  return {
    id,
    reference: p.reference,
    type: input.type,
    status: "unverified" as const,
    jurisdiction: deadline.jurisdiction,
    regime: deadline.regime,
    controllerCountry: deadline.controller,
    controllerTimeZone: deadline.timeZone,
    channel: ctx.channel,
    locale: input.locale,
    emailBidx: p.emailBidx,
    ...encryptSubjectFields(id, {
      email: input.email,
      fullName: input.fullName ?? "",
      accountReference: input.accountReference || null,
      details: input.details || null,
      specifics: p.specifics,
    }),
    receivedAt: p.receivedAt,
    firstDueDate: deadline.firstDueDate,
    dueDate: deadline.dueDate,
    duplicateOf,
  } satisfies Omit<NewRequestRow, "duplicateOf"> & { duplicateOf: D };
}

export function submittedAudit(p: PreparedSubmission, duplicateOf: string | null): AuditInput<"request.submitted"> {
  const { ctx, deadline } = p;
  return {
    actor: ctx.actor,
    action: "request.submitted",
    requestId: p.id,
    payload: {
      reference: p.reference,
      type: p.input.type,
      channel: ctx.channel,
      jurisdiction: deadline.jurisdiction,
      regime: deadline.regime,
      controllerCountry: deadline.controller,
      dueDate: deadline.dueDate,
      duplicateOf,
      ...(ctx.gpc ? { gpc: true } : {}),
      // Recorded by staff although the residence's law does not grant it (valid-intake.ts): the register says so.
      ...(p.granted ? {} : { rightNotGranted: true }),
    },
  };
}

export function verificationRow(p: PreparedSubmission) {
  return {
    requestId: p.id,
    tokenHash: hashToken(p.linkToken),
    tokenExpiresAt: new Date(p.now.getTime() + VERIFICATION_LINK_HOURS * 3_600_000),
    codeHash: hashVerificationCode(p.id, p.code),
    codeExpiresAt: new Date(p.now.getTime() + VERIFICATION_CODE_MINUTES * 60_000),
    // The unverified clock (reminder, expiry) counts from this mail, never from a back-dated receipt.
    createdAt: p.now,
  };
}

export function submissionResult(p: PreparedSubmission, duplicateOf: string | null): SubmitResult {
  return {
    id: p.id,
    reference: p.reference,
    status: p.ctx.identityChecked || p.optOut ? "new" : "unverified",
    dueDate: p.deadline.dueDate,
    duplicateOf,
    rightGranted: p.granted,
  };
}

/** A same-type open request for the same e-mail received since then is linked as a duplicate. */
export const duplicateWindowStart = (now: Date) => new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
