import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { devMailAcceptedAt } from "@/lib/db/queries/dev-mail";
import { updateMailIf, type MailRow } from "@/lib/db/queries/mail-deliveries";
import { activeStaffWithRoles } from "@/lib/db/queries/watch";
import { staffNotifications } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { messageIdFor } from "./states";
import { notificationOf, type NotificationMessage } from "@/lib/i18n/staff/notification-title";

/** A mail's bell parameters: template and recipient role as codes, named in the reader's language. */
export function mailParams(row: Pick<MailRow, "template" | "recipientRole">): Record<string, string> {
  return { template: row.template ?? "mail", recipientRole: row.recipientRole };
}

/** Rings the bell of every active DPO and admin about a mail that needs a person. */
export async function ringMailBell(
  tx: Db,
  p: { requestId: string | null; title: string; message?: NotificationMessage },
): Promise<number> {
  const people = await activeStaffWithRoles(tx, { roles: ["dpo", "admin"] });
  for (const person of people)
    await tx
      .insert(staffNotifications)
      .values({ userId: person.id, requestId: p.requestId, kind: "mail_failed", title: p.title, message: p.message });
  return people.length;
}

/**
 * A send claimed before `claimedBefore` never recorded its outcome: its process died, maybe after the
 * SMTP server accepted the message. Re-sending could give the person a second copy, so the mail is
 * marked uncertain (staff check and resend by hand) — at most once, never twice. In the caller's
 * transaction, with its audit entry and the bell.
 */
export async function declareUncertain(tx: Db, p: { key: string; claimedBefore: Date }): Promise<boolean> {
  const row = await updateMailIf(tx, {
    key: p.key,
    from: ["sending"],
    claimedBefore: p.claimedBefore,
    set: {
      status: "uncertain",
      nextAttemptAt: null,
      lastError: "the sending process stopped during the SMTP conversation; the mail may or may not have left",
    },
  });
  if (!row) return false;
  await appendAudit(tx, {
    actor: { type: "system" },
    action: "mail.uncertain",
    requestId: row.requestId,
    payload: { key: row.key, template: row.template, recipientRole: row.recipientRole, attempts: row.attempts },
  });
  await ringMailBell(tx, {
    requestId: row.requestId,
    // Read in each member's language (the bell renders the key); the English title is the fallback.
    ...notificationOf("mail_uncertain", mailParams(row)),
  });
  return true;
}

export type StaleSendOutcome = "sent" | "released" | "uncertain" | "none";

/**
 * Settles a send claimed before `claimedBefore` whose outcome was never recorded (its process died).
 * With a real SMTP server nobody can tell whether it took the message (SMTP has no query, and
 * de-duplication by Message-ID at the other end is not guaranteed): the mail becomes uncertain, at most
 * one copy. When the embedded sink is the server (`sinkProbe`), its store answers exactly — it keeps a
 * message before it says 250 — so the mail is recorded sent, or released for another attempt.
 */
export async function resolveStaleSend(
  tx: Db,
  p: { key: string; claimedBefore: Date; sinkProbe?: boolean },
): Promise<StaleSendOutcome> {
  if (!(p.sinkProbe ?? env().SMTP_SINK_EMBEDDED)) return (await declareUncertain(tx, p)) ? "uncertain" : "none";
  const messageId = messageIdFor(p.key, env().MAIL_FROM);
  const acceptedAt = await devMailAcceptedAt(tx, { messageId });
  const row = await updateMailIf(tx, {
    key: p.key,
    from: ["sending"],
    claimedBefore: p.claimedBefore,
    set: acceptedAt
      ? { status: "sent", messageId, acceptedAt, sealed: null, lastError: null, nextAttemptAt: null }
      : {
          status: "failed",
          nextAttemptAt: new Date(),
          lastError: "the sending process stopped before the SMTP server took the mail; it is sent again",
        },
  });
  if (!row) return "none";
  return acceptedAt ? "sent" : "released";
}
