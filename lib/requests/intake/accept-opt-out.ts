import { appendAudit } from "@/lib/audit/append";
import { encrypt } from "@/lib/crypto/env-keys";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db/client";
import { runTransition } from "@/lib/requests/transitions/run-transition";

/**
 * An opt-out of sale/sharing or a limit on sensitive data needs no identity verification (11 CCR
 * § 7026(d), § 7027(e)): the system accepts it in the intake's transaction (the lifecycle's verify with
 * the system as actor), which issues the status link, mails the acknowledgement and queues the
 * autostart that runs the opt-out in every system.
 */
export async function acceptOptOutInTx(tx: Db, p: { requestId: string; now: Date }): Promise<void> {
  const statusToken = generateToken();
  await runTransition(tx, {
    requestId: p.requestId,
    actor: { kind: "system" },
    action: { type: "verify" },
    now: p.now,
    extraSet: {
      statusTokenHash: hashToken(statusToken),
      statusTokenEnc: encrypt(statusToken, `requests.status_token:${p.requestId}`),
    },
  });
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "request.status_link_issued",
    requestId: p.requestId,
    payload: { method: "opt_out_without_verification" },
  });
}
