import { z } from "zod";
import { intakeSchema, staffIntakeExtras } from "./intake-schema";
import { DomainError } from "@/lib/domain/errors";
import { auditActorOf, type Operator } from "@/lib/auth/operator";
import { STAFF_INTAKE_CHANNELS } from "@/lib/domain/vocabulary";
import type { IdempotencyRequest } from "@/lib/http/idempotency";
import { identityCheckFields, identityCheckOf } from "@/lib/requests/verification/verify-by-staff";
import { submitRequest, type SubmitContext, type SubmitResult } from "./submit-request";
import { detail } from "@/lib/domain/error-details";

export const staffIntakeInput = staffIntakeExtras.extend({
  channel: z.enum(STAFF_INTAKE_CHANNELS, { error: "choose phone, letter or e-mail" }),
  ...identityCheckFields,
});

/**
 * A request received by phone, letter or e-mail, entered by staff with the actual time of receipt:
 * the legal clock starts then, not when it was typed in. When staff checked the person's identity
 * (how, and a note), it is filed verified and acknowledged; otherwise the verification mail goes out.
 */
export async function submitStaffRequest(
  raw: Record<string, unknown>,
  staff: Operator,
  now = new Date(),
  /** An API call's Idempotency-Key: a retry gets the first answer and files nothing new. */
  idempotency?: IdempotencyRequest,
): Promise<SubmitResult> {
  const { request, ctx } = staffSubmission(raw, staff, now);
  return submitRequest(request, { ...ctx, idempotency });
}

const EARLIEST_RECEIPT = Date.UTC(2000, 0, 1);

/**
 * The staff intake's validation and the intake context it leads to, without filing anything: the
 * form and the CSV import (lib/requests/import) share it, so a row is refused for the same reasons.
 */
export function staffSubmission(
  raw: Record<string, unknown>,
  staff: Operator,
  now = new Date(),
): { request: Record<string, unknown>; ctx: SubmitContext } {
  const { channel, receivedAt, ...identity } = staffIntakeInput.parse(raw);
  const check = identityCheckOf(identity);
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw new DomainError("invalid_request", detail("requests.received_in_future"), {
      receivedAt: "cannot be in the future",
    });
  // A year 1 or 1970 receipt is a slip (an empty or zero date), not a letter: no privacy law here is older than 2000.
  if (receivedAt.getTime() < EARLIEST_RECEIPT)
    throw new DomainError("invalid_request", detail("requests.received_too_early"), {
      receivedAt: "cannot be before 2000-01-01",
    });
  const request = staffRequestFields(raw);
  return {
    request,
    ctx: {
      channel,
      receivedAt,
      actor: auditActorOf(staff),
      now,
      identityChecked: check ? { staff, check } : undefined,
    },
  };
}

/** How many correction rows a staff form may send (the intake schema's own limit is 50). */
export const MAX_CORRECTION_ROWS = 50;

/** The intake fields of a staff form, its correction rows gathered into `rectification`. */
export function staffRequestFields(raw: Record<string, unknown>): Record<string, unknown> {
  const fields = intakeSchema.keyof().options;
  const request: Record<string, unknown> = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => (fields as string[]).includes(k) && v !== "" && v !== undefined),
  );
  // The staff form's correction rows: rectField, rectCurrent, rectNew, then the same with _1, _2… (the import
  // sends the first only); up to the schema's limit, which refuses more on `rectification`.
  if (request.type === "rectification") {
    const rows = [];
    for (let i = 0; i <= MAX_CORRECTION_ROWS; i++) {
      const suffix = i === 0 ? "" : `_${i}`;
      const field = raw[`rectField${suffix}`];
      if (typeof field !== "string" || !field.trim()) continue;
      const current = raw[`rectCurrent${suffix}`];
      rows.push({ field, currentValue: current || undefined, newValue: raw[`rectNew${suffix}`] ?? "" });
    }
    if (rows.length) request.rectification = rows;
  }
  return request;
}
