import { hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { findRequestByStatusTokenHash } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { runTransition } from "@/lib/requests/transitions/run-transition";

/** The subject withdraws their own request from the status page (after a confirmation step there). */
export async function withdrawAsSubject(p: { token: string; now?: Date }): Promise<{ reference: string }> {
  if (!p.token || p.token.length > 200) throw new DomainError("not_found", "This link is not valid.");
  return db().transaction(async (tx) => {
    const found = await findRequestByStatusTokenHash(tx, { tokenHash: hashToken(p.token) });
    if (!found) throw new DomainError("not_found", "This link is not valid.");
    const { request } = await runTransition(tx, {
      requestId: found.id,
      actor: { kind: "subject" },
      action: { type: "withdraw" },
      now: p.now,
    });
    return { reference: request.reference };
  });
}
