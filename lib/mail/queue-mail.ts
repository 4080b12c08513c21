import type { Db } from "@/lib/db/client";
import { sealJson } from "@/lib/crypto/env-keys";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { sendMailJob } from "@/lib/queue/jobs/send-mail";
import { outgoingMailSchema, type OutgoingMail } from "./outgoing";

/**
 * Queues a mail to go out after the surrounding transaction commits. `key` makes it idempotent
 * (e.g. `verify-<requestId>-<n>`): the mail job sends each key at most once.
 */
export async function queueMail(tx: Db, key: string, mail: OutgoingMail): Promise<void> {
  const parsed = outgoingMailSchema.parse(mail);
  await enqueueJob(tx, sendMailJob, { key, sealed: sealJson(parsed) });
}
