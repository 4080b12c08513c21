import { eq, sql } from "drizzle-orm";
import { generateNumericCode, generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db/client";
import { requestVerifications } from "@/lib/db/schema";
import { hashVerificationCode, VERIFICATION_CODE_MINUTES, VERIFICATION_LINK_HOURS } from "./verification-secrets";

/**
 * Replaces a request's verification link and code with new ones (the old ones stop working) and
 * returns them in clear, once, for the mail. `countAsSent` counts it against the resend limit.
 */
export async function issueFreshVerification(
  tx: Db,
  p: { requestId: string; now: Date; countAsSent: boolean },
): Promise<{ token: string; code: string; codesSent: number }> {
  const token = generateToken();
  const code = generateNumericCode(6);
  const [row] = await tx
    .update(requestVerifications)
    .set({
      tokenHash: hashToken(token),
      tokenExpiresAt: new Date(p.now.getTime() + VERIFICATION_LINK_HOURS * 3_600_000),
      codeHash: hashVerificationCode(p.requestId, code),
      codeExpiresAt: new Date(p.now.getTime() + VERIFICATION_CODE_MINUTES * 60_000),
      codeAttempts: 0,
      ...(p.countAsSent ? { codesSent: sql`${requestVerifications.codesSent} + 1` } : {}),
    })
    .where(eq(requestVerifications.requestId, p.requestId))
    .returning({ codesSent: requestVerifications.codesSent });
  return { token, code, codesSent: row?.codesSent ?? 0 };
}
