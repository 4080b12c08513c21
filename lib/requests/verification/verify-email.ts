import { generateToken, hashToken, safeEqualHex } from "@/lib/crypto/tokens";
import { encrypt } from "@/lib/crypto/env-keys";
import { db, type Tx } from "@/lib/db/client";
import {
  findVerificationByTokenHash,
  lockVerification,
  countFailedCode,
  markVerified,
} from "@/lib/db/queries/verifications";
import { appendAudit } from "@/lib/audit/append";
import { DomainError } from "@/lib/domain/errors";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { hashVerificationCode, VERIFICATION_MAX_CODE_ATTEMPTS } from "./verification-secrets";

export interface VerifiedRequest {
  requestId: string;
  reference: string;
  locale: string;
  /** The secret status link token, shown once to the browser that verified (and mailed). */
  statusToken: string;
}

/** Confirms the e-mail from the mail link (POST from the page's button, never on GET). */
export async function verifyByToken(token: string, now = new Date()): Promise<VerifiedRequest> {
  if (!token || token.length > 200)
    throw new DomainError("verification_invalid", "This confirmation link is not valid.");
  const found = await findVerificationByTokenHash(db(), { tokenHash: hashToken(token) });
  if (!found) throw new DomainError("verification_invalid", "This confirmation link is not valid.");
  return db().transaction(async (tx) => {
    const v = await lockVerification(tx, { requestId: found.requestId });
    if (!v) throw new DomainError("verification_invalid", "This confirmation link is not valid.");
    if (v.verifiedAt)
      throw new DomainError(
        "already_verified",
        "This request is already confirmed. Use the link in your confirmation mail to follow it.",
      );
    if (v.tokenExpiresAt < now)
      throw new DomainError(
        "verification_expired",
        "This confirmation link has expired. Please file your request again.",
      );
    return completeVerification(tx, v.requestId, "link", now);
  });
}

/** Confirms the e-mail with the 6-digit code; 5 wrong tries lock the code (a new one can be sent). */
export async function verifyByCode(requestId: string, code: string, now = new Date()): Promise<VerifiedRequest> {
  const clean = code.replace(/\s/g, "");
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new DomainError("not_found", "This request does not exist.");
  if (!/^\d{6}$/.test(clean))
    throw new DomainError("verification_invalid", "Enter the 6-digit code from the mail.", {
      code: "must be 6 digits",
    });
  const outcome = await db().transaction(async (tx) => {
    const v = await lockVerification(tx, { requestId });
    if (!v) throw new DomainError("not_found", "This request does not exist.");
    if (v.verifiedAt) throw new DomainError("already_verified", "This request is already confirmed.");
    if (v.codeAttempts >= VERIFICATION_MAX_CODE_ATTEMPTS) {
      throw new DomainError("verification_locked", "Too many wrong codes. Ask for a new code.", {
        code: "too many attempts",
      });
    }
    if (v.codeExpiresAt < now)
      throw new DomainError("verification_expired", "This code has expired. Ask for a new code.", { code: "expired" });
    if (!safeEqualHex(v.codeHash, hashVerificationCode(requestId, clean))) {
      const attempts = await countFailedCode(tx, { requestId });
      await appendAudit(tx, {
        actor: { type: "subject" },
        action: "request.verification_code_rejected",
        requestId,
        payload: { attempts },
      });
      return { failed: attempts } as const;
    }
    return completeVerification(tx, requestId, "code", now);
  });
  if ("failed" in outcome) {
    // Committed above: the failed try counts even though we now report an error.
    const left = VERIFICATION_MAX_CODE_ATTEMPTS - outcome.failed;
    if (left <= 0)
      throw new DomainError("verification_locked", "Too many wrong codes. Ask for a new code.", {
        code: "too many attempts",
      });
    throw new DomainError(
      "verification_invalid",
      `This code is not right. ${left} ${left === 1 ? "try" : "tries"} left.`,
      { code: "incorrect" },
    );
  }
  return outcome;
}

async function completeVerification(
  tx: Tx,
  requestId: string,
  method: "link" | "code",
  now: Date,
): Promise<VerifiedRequest> {
  const statusToken = generateToken();
  await markVerified(tx, { requestId, at: now });
  const { request } = await runTransition(tx, {
    requestId,
    actor: { kind: "subject" },
    action: { type: "verify" },
    now,
    extraSet: {
      statusTokenHash: hashToken(statusToken),
      statusTokenEnc: encrypt(statusToken, `requests.status_token:${requestId}`),
    },
  });
  await appendAudit(tx, {
    actor: { type: "subject" },
    action: "request.status_link_issued",
    requestId,
    payload: { method },
  });
  return { requestId, reference: request.reference, locale: request.locale, statusToken };
}
