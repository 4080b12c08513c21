import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { emailIndex, emailIndexes } from "@/lib/crypto/env-keys";
import { generateNumericCode, generateToken } from "@/lib/crypto/tokens";
import { db, type Db } from "@/lib/db/client";
import { findIdempotentAnswer, storeIdempotentAnswer } from "@/lib/http/idempotency";
import { findOpenDuplicate, findRequest, insertRequest, nextReferenceNumber } from "@/lib/db/queries/requests";
import { insertVerification } from "@/lib/db/queries/verifications";
import { controllerProfile } from "@/lib/env";
import { prepareTemplateMail, queuePreparedMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { clockStartsAtIdentity, localToday } from "@/lib/domain/deadline";
import { intakeDeadline } from "./intake-deadline";
import { DomainError } from "@/lib/domain/errors";
import { enforceEmailQuota, enforceIntakeIpLimit, intakeIpRule } from "./intake-limits";
import { intakePrelude } from "./intake-prelude";
import { preludeGrouped } from "./intake-prelude-batch";
import { fileGrouped } from "./intake-batch";
import { nextPooledReference } from "./reference-pool";
import { rateLimitBucket, rateLimitWindow, type RateLimitRule } from "@/lib/rate-limit/consume";
import { duplicateWindowStart, requestRow, submissionResult, submittedAudit, verificationRow } from "./submission-rows";
import { validIntake, type ValidIntake } from "./valid-intake";
import { links } from "@/lib/mail/links";
import { formatReference } from "@/lib/domain/reference";
import { replaceNameTokens } from "@/lib/db/queries/name-tokens";
import type { RequestStatus } from "@/lib/domain/vocabulary";
import { acceptOptOutInTx } from "./accept-opt-out";
import { VERIFICATION_CODE_MINUTES, VERIFICATION_LINK_HOURS } from "@/lib/requests/verification/verification-secrets";
import { verifyIdentityInTx } from "@/lib/requests/verification/verify-by-staff";

export type { SubmitContext } from "./submit-context";
import type { SubmitContext } from "./submit-context";

export interface SubmitResult {
  id: string;
  reference: string;
  status: RequestStatus;
  dueDate: string;
  duplicateOf: string | null;
  rightGranted: boolean; // false: staff recorded it though the residence's law lacks the right (valid-intake.ts)
}

/**
 * Files a request: one transaction writes the request (subject fields encrypted), its verification
 * secrets (hashed), its audit entry and the verification mail in the outbox (or, when staff checked
 * the identity, the verification itself and the acknowledgement). Never touches Redis, so
 * intake works while Redis is down. A same-type open request for the same e-mail in the last 30 days
 * is linked as `duplicate_of`, not merged.
 */
export async function submitRequest(rawInput: unknown, ctx: SubmitContext): Promise<SubmitResult> {
  if (ctx.alsoInTx || ctx.identityChecked) {
    if (ctx.ipLimit) await enforceIntakeIpLimit(ctx.ipLimit.ip, ctx.idempotency?.key);
    const prepared = await prepareSubmission(rawInput, ctx);
    return db().transaction((tx) => fileSubmission(tx, prepared));
  }
  let valid: ValidIntake;
  try {
    valid = validIntake(rawInput, ctx.channel);
  } catch (error) {
    if (!(error instanceof ZodError || error instanceof DomainError)) throw error;
    // A refused body draws no reference and is never prepared; its address's hit is still counted and judged
    // first (429 before 400, so a flood of bad bodies is limited too), and a replayed call gets its answer.
    const replay = await refusedBodyPrelude(ctx);
    if (replay) return replay;
    throw error;
  }
  if (!ctx.idempotency && !valid.optOut) {
    // Portal and API without an Idempotency-Key: ONE round trip — the reference comes from this process's
    // block (reference-pool.ts); the per-address hit is counted, and the intake judged, in the filing
    // statement itself (grouped with others: intake-batch.ts).
    const prepared = await prepareValid(valid, ctx, db(), await nextPooledReference(db()));
    return fileGrouped(db(), { ...prepared, ipHit: ipHitOf(ctx, prepared.now) });
  }
  // With an Idempotency-Key (a replay may answer) or an opt-out: two round trips — the prelude (limit,
  // replay, reference; grouped without a key, intake-prelude-batch.ts), then the filing.
  const prelude = ctx.idempotency
    ? await intakePrelude(db(), { rule: intakeIpRule(), ip: ctx.ipLimit?.ip, idempotency: ctx.idempotency })
    : await preludeGrouped(db(), { rule: intakeIpRule(), ip: ctx.ipLimit?.ip });
  if (prelude.kind === "replay") return prelude.answer as SubmitResult;
  const prepared = await prepareValid(valid, ctx, db(), prelude.referenceNumber);
  if (prepared.optOut) return db().transaction((tx) => fileSubmission(tx, prepared));
  return fileGrouped(db(), prepared);
}

/**
 * The prelude of an intake whose body is refused, drawing no reference: the address's hit (429 past the
 * limit), its Idempotency-Key's earlier answer (returned) or 422 (the key reused with another body).
 */
async function refusedBodyPrelude(ctx: SubmitContext): Promise<SubmitResult | null> {
  if (!ctx.ipLimit && !ctx.idempotency) return null;
  const { ipLimit, idempotency } = ctx;
  const prelude = await intakePrelude(db(), { rule: intakeIpRule(), ip: ipLimit?.ip, idempotency, reference: false });
  return prelude.kind === "replay" ? (prelude.answer as SubmitResult) : null;
}

/** The per-address hit an intake's filing statement counts (none when no address limit applies). */
function ipHitOf(ctx: SubmitContext, now: Date): IpHit | null {
  if (!ctx.ipLimit) return null;
  const rule = intakeIpRule();
  const { windowStart, retryAfterSeconds } = rateLimitWindow(rule, now);
  return { rule, ip: ctx.ipLimit.ip, bucket: rateLimitBucket(rule, ctx.ipLimit.ip), windowStart, retryAfterSeconds };
}

/** An intake's per-address hit, counted and judged in its filing statement (intake-statement-sql.ts). */
export type IpHit = {
  rule: RateLimitRule;
  ip: string;
  bucket: string;
  windowStart: Date;
  retryAfterSeconds: number;
};

export type PreparedSubmission = Awaited<ReturnType<typeof prepareValid>>;

/**
 * The part of an intake done before its transaction: validation, due dates, reference, secrets and
 * the verification mail's data. `refDb` draws the reference (a CSV import draws inside its transaction).
 */
export async function prepareSubmission(
  rawInput: unknown,
  ctx: SubmitContext,
  refDb: Db = db(),
  referenceNumber?: number,
) {
  return prepareValid(validIntake(rawInput, ctx.channel), ctx, refDb, referenceNumber);
}

/** prepareSubmission for a body validIntake already accepted (the public intake validates first). */
async function prepareValid(
  { input, optOut, jurisdiction, granted }: ValidIntake,
  ctx: SubmitContext,
  refDb: Db,
  referenceNumber?: number,
) {
  const now = ctx.now ?? new Date();
  const receivedAt = ctx.receivedAt ?? now;
  // The regime follows the requester's residence; the calendar is the controller's (regimes.ts).
  const controller = controllerProfile();
  const deadline = intakeDeadline({
    jurisdiction,
    controller: controller.country,
    timeZone: controller.timeZone,
    receivedAt,
    requestType: input.type,
  });
  // UK GDPR Art. 12A(2): the month runs from the confirmation the verification mail asks for, so the mail
  // promises the date a confirmation today gives (a later one moves it later; the acknowledgement says so),
  // never "the time has passed" for a back-dated letter.
  const promised = clockStartsAtIdentity(deadline.regime, input.type)
    ? intakeDeadline({
        jurisdiction,
        controller: controller.country,
        timeZone: controller.timeZone,
        receivedAt,
        requestType: input.type,
        identityReceivedAt: now,
      })
    : deadline;
  const id = randomUUID();
  const linkToken = generateToken();
  const code = generateNumericCode(6);
  const emailBidx = emailIndex(input.email);
  // Look-ups match the previous blind-index key too while a rotation rebuilds the stored indexes.
  const lookupBidx = emailIndexes(input.email);
  const specifics =
    input.rectification || input.restrictionGround || input.objectionScope || ctx.gpc
      ? {
          rectification: input.rectification,
          restrictionGround: input.restrictionGround,
          objectionScope: input.objectionScope,
          ...(ctx.gpc ? { gpc: true } : {}),
        }
      : null;

  // Drawn before the transaction (a sequence number is never given back anyway: a rolled-back intake or
  // an idempotent replay leaves a gap in the references, as a rollback always did). The verification mail
  // is queued as its template and data: the mail job renders it, the request pays no React rendering.
  const reference = formatReference(receivedAt, referenceNumber ?? (await nextReferenceNumber(refDb)));
  // An opt-out needs no verification (11 CCR § 7026(d), § 7027(e)): no verification mail.
  const verificationMail =
    ctx.identityChecked || optOut || ctx.noVerificationMail
      ? null
      : prepareTemplateMail({
          key: `verification-${id}-1`,
          to: input.email,
          locale: input.locale,
          template: "verification",
          requestId: id,
          priority: ctx.mailPriority ?? "interactive",
          data: {
            reference,
            type: input.type,
            verifyUrl: links.verify(input.locale, linkToken),
            code,
            codeMinutes: VERIFICATION_CODE_MINUTES,
            linkHours: VERIFICATION_LINK_HOURS,
            dueDate: promised.dueDate,
            // A back-dated letter can be overdue already: the mail must not promise a date that has passed.
            overdue: promised.dueDate < localToday(now, deadline.timeZone),
            ...(ctx.filedByAgent ? { agent: ctx.filedByAgent } : {}),
            ...regimeMailParams({ regime: deadline.regime, jurisdiction: deadline.jurisdiction }),
          },
        });

  return {
    input,
    ctx,
    now,
    receivedAt,
    // UK: while the confirmation asked for is awaited the month has not begun; the row keeps the date the mail
    // promised (lifecycle-context.ts: identityClockStart), so a back-dated letter is not shown or escalated overdue.
    deadline: verificationMail ? promised : deadline,
    id,
    linkToken,
    code,
    emailBidx,
    lookupBidx,
    specifics,
    reference,
    verificationMail,
    optOut,
    /** Whether the residence's law grants the right (false only for a request staff recorded anyway). */
    granted,
    /** Set by the public intake when its filing statement counts its per-address hit. */
    ipHit: null as IpHit | null,
  };
}

/** Files a prepared request inside the caller's transaction (the intake's or a whole CSV import's). */
export async function fileSubmission(tx: Db, p: PreparedSubmission): Promise<SubmitResult> {
  const { ctx } = p;
  if (ctx.idempotency) {
    const earlier = await findIdempotentAnswer<SubmitResult>(tx, ctx.idempotency);
    if (earlier) return earlier;
  }
  if (ctx.emailQuota) await enforceEmailQuota(tx, { emailBidx: p.lookupBidx, now: p.now });
  const duplicate = await findOpenDuplicate(tx, {
    emailBidx: p.lookupBidx,
    type: p.input.type,
    since: duplicateWindowStart(p.now),
  });
  // The same opt-out filed again while the first is open (a GPC signal on every visit) files nothing new.
  if (p.optOut && duplicate) {
    const open = await findRequest(tx, { id: duplicate.id });
    if (open) {
      const { id, reference, status, dueDate } = open;
      const same: SubmitResult = { id, reference, status, dueDate, duplicateOf: null, rightGranted: true };
      if (ctx.idempotency) await storeIdempotentAnswer(tx, ctx.idempotency, 202, same);
      return same;
    }
  }
  const duplicateOf = duplicate?.id ?? null;
  await insertRequest(tx, requestRow(p, duplicateOf));
  await replaceNameTokens(tx, { requestId: p.id, fullName: p.input.fullName ?? "" });
  await appendAudit(tx, submittedAudit(p, duplicateOf));
  if (ctx.alsoInTx) await ctx.alsoInTx(tx, p.id, p.reference);
  if (p.verificationMail) {
    await insertVerification(tx, verificationRow(p));
    await queuePreparedMail(tx, p.verificationMail);
  } else if (p.optOut) {
    await acceptOptOutInTx(tx, { requestId: p.id, now: p.now });
  } else if (ctx.identityChecked) {
    await verifyIdentityInTx(tx, {
      requestId: p.id,
      staff: ctx.identityChecked.staff,
      check: ctx.identityChecked.check,
      now: p.now,
    });
  }
  const result = submissionResult(p, duplicateOf);
  if (ctx.idempotency) await storeIdempotentAnswer(tx, ctx.idempotency, 202, result);
  return result;
}
