import { appendAudit } from "@/lib/audit/append";
import { normaliseEmail } from "@/lib/crypto/blind-index";
import { emailIndexes, sealJson, unsealJson } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { listLinkableRequestsByEmailIndex } from "@/lib/db/queries/portal-status";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { lostLinksJob } from "@/lib/queue/jobs/lost-links";
import { childLogger } from "@/lib/log";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { z } from "zod";
import { DomainError, isDomainError } from "@/lib/domain/errors";
import { links } from "@/lib/mail/links";
import { resendVerification } from "@/lib/requests/verification/resend-verification";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { toLocale } from "@/lib/domain/locale";

const log = childLogger("send-lost-links");

export const LOST_LINK_PER_EMAIL_PER_HOUR = 3;
/** A person rarely has more than a handful of open requests; more would only flood their mailbox. */
const MAX_REQUESTS = 10;
/**
 * How long after its answer a closed request's link is still sent: its status page holds the package to download
 * and, under a US state's law, the appeal of a refusal (windows of 60 days at most here; an appeal under review is
 * sent whatever its age).
 */
const CLOSED_LINK_DAYS = 90;

const emailSchema = z.string().trim().max(254).pipe(z.email());

/**
 * The portal's part of "I lost my link": checks the address and the limits, then writes one outbox
 * row (the lostLinksJob, the address sealed) and nothing else. The same work, in the same time, for
 * an address with requests and one without: nothing is looked up here, so neither the answer nor its
 * timing tells who filed a request. The job (mailLostLinks) finds the requests and mails them.
 */
export async function requestLostLinks(p: { email: string; ip: string; now?: Date }): Promise<void> {
  const parsed = emailSchema.safeParse(p.email);
  if (!parsed.success) throw new DomainError("invalid_request", "Enter a valid e-mail address.", { email: "invalid" });
  const email = parsed.data;
  const now = p.now ?? new Date();
  // Counted whether or not the address is known, so the limit itself reveals nothing either.
  const byIp = await consumeRateLimit(
    db(),
    { name: "lost-link:ip", limit: env().INTAKE_LIMIT_PER_IP_PER_HOUR, windowSeconds: 3600 },
    p.ip,
    now,
  );
  const byEmail = await consumeRateLimit(
    db(),
    { name: "lost-link:email", limit: LOST_LINK_PER_EMAIL_PER_HOUR, windowSeconds: 3600 },
    normaliseEmail(email),
    now,
  );
  if (!byIp.allowed || !byEmail.allowed) {
    throw new DomainError(
      "rate_limited",
      "You asked for your links several times. Check your mailbox, then try again in an hour.",
      undefined,
      3600,
    );
  }
  await db().transaction((tx) =>
    enqueueJob(tx, lostLinksJob, { sealed: sealJson({ email }), requestedAt: now.toISOString() }),
  );
}

/**
 * The job's part: mails the owner of an address the links to their requests — the status link of each
 * verified request still open, recently answered or under appeal, a fresh verification mail for each unverified one.
 */
export async function mailLostLinks(p: { sealed: string; requestedAt: string }): Promise<{ mailed: number }> {
  const { email } = z.object({ email: z.string() }).parse(unsealJson(p.sealed));
  const now = new Date(p.requestedAt);
  const rows = await listLinkableRequestsByEmailIndex(db(), {
    emailBidx: emailIndexes(email),
    closedSince: new Date(now.getTime() - CLOSED_LINK_DAYS * 86_400_000),
    limit: MAX_REQUESTS,
  });
  let mailed = 0;
  for (const row of rows) {
    if (row.status === "unverified") {
      try {
        await resendVerification(row.id, now);
        mailed++;
      } catch (err) {
        // Too many codes already sent, or verified meanwhile: the other links still go out.
        if (!isDomainError(err)) throw err;
        log.info({ requestId: row.id, code: err.code }, "lost link: no new verification mail");
      }
      continue;
    }
    const token = statusTokenOf(row);
    if (!token) continue;
    const locale = toLocale(row.locale);
    await db().transaction(async (tx) => {
      await queueTemplateMail(tx, {
        key: `lost-link-${row.id}-${now.getTime()}`,
        priority: "interactive",
        to: decryptSubjectEmail(row),
        locale,
        template: "lost_link",
        data: { reference: row.reference, type: row.type, statusUrl: links.status(locale, token) },
      });
      await appendAudit(tx, {
        actor: { type: "subject" },
        action: "request.status_link_resent",
        requestId: row.id,
        payload: {},
      });
    });
    mailed++;
  }
  return { mailed };
}
