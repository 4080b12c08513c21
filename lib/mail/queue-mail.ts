import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { encrypt, sealJson } from "@/lib/crypto/env-keys";
import { recordQueuedMail } from "@/lib/db/queries/mail-deliveries";
import { requests } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { MAIL_PRIORITY, sendMailJob, type MailPriority } from "@/lib/queue/jobs/send-mail";
import { sealedMailSchema, type OutgoingMail, type TemplateMail } from "./outgoing";
import type { MailRecipientRole } from "./states";

/** What the workspace shows about a mail besides its state: which request, which template, whose inbox. */
export interface MailMeta {
  requestId?: string | null;
  template?: string | null;
  recipientRole?: MailRecipientRole;
  /** The request's reference, when the caller has it but not the id (template data carries it). */
  requestReference?: string;
  /** Interactive mails (someone waits for a code or link) go before normal ones, bulk after (MAIL_PRIORITY). */
  priority?: MailPriority;
}

/**
 * Queues a mail to go out after the surrounding transaction commits. `key` makes it idempotent
 * (e.g. `verify-<requestId>-<n>`): the mail job sends each key at most once. The mail's state row is
 * written in the same transaction, sealed message included, so Postgres alone can send it again if
 * its job gives up or Redis loses it (the mail sweep).
 */
export async function queueMail(
  tx: Db,
  key: string,
  mail: OutgoingMail | TemplateMail,
  meta: MailMeta = {},
): Promise<void> {
  const requestId = meta.requestId ?? (meta.requestReference ? await requestIdOf(tx, meta.requestReference) : null);
  const row = queuedMailRow(key, mail, { ...meta, requestId });
  const fresh = await recordQueuedMail(tx, row);
  // The same key queued twice in one use case is one mail: one job is enough.
  if (fresh) await enqueueJob(tx, sendMailJob, { key, sealed: row.sealed }, { priority: row.priority });
}

/**
 * A mail's state row as queued (sealed message, encrypted recipient), for callers that write it in a
 * statement of their own (the intake); its job must be queued only when the row is new.
 */
export function queuedMailRow(key: string, mail: OutgoingMail | TemplateMail, meta: MailMeta) {
  const parsed = sealedMailSchema.parse(mail);
  return {
    key,
    sealed: sealJson(parsed),
    requestId: meta.requestId ?? null,
    template: meta.template ?? null,
    recipientRole: meta.recipientRole ?? "staff",
    recipientEnc: encrypt(parsed.to, mailRecipientAad(key)),
    requeueAt: new Date(Date.now() + env().MAIL_REQUEUE_AFTER_MS),
    priority: MAIL_PRIORITY[meta.priority ?? "normal"],
  };
}

/** Binds an encrypted recipient to its mail, so a ciphertext moved to another row does not decrypt. */
export const mailRecipientAad = (key: string) => `mail_deliveries.recipient:${key}`;

async function requestIdOf(tx: Db, reference: string): Promise<string | null> {
  const [row] = await tx.select({ id: requests.id }).from(requests).where(eq(requests.reference, reference)).limit(1);
  return row?.id ?? null;
}
