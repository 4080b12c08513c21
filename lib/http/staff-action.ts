import { detail, type ErrorDetail } from "@/lib/domain/error-details";
import { ZodError, type ZodType } from "zod";
import { can, type PolicyResource, type StaffAction } from "@/lib/auth/policy";
import { currentStaff, type StaffSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { localiseFields } from "@/lib/i18n/staff/field-reasons";
import { staffZodErrorMap } from "@/lib/i18n/staff/zod-reasons";
import { toSafeError } from "./error-boundary";
import { zodFields } from "./zod-fields";

export type ActionResult<T = unknown> =
  | { ok: true; value: T; message?: string }
  | {
      ok: false;
      code: string;
      /** In English (the operation's words); `detail` is the same as a key + parameters, rendered in the member's language. */
      message: string;
      detail?: ErrorDetail;
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
    };

/** The policy check a staff operation needs, possibly depending on its (parsed) input. */
export type StaffPolicyCheck = StaffAction | { action: StaffAction; resource?: PolicyResource };

/**
 * Which `can()` check guards an operation. A fixed check is made before the input is even read; a
 * check that depends on the input (assigning someone else needs more than assigning yourself) names
 * the actions of which the staff member must hold at least one before the input is parsed, so that
 * someone who may do none of it learns nothing about the fields (403, never a 400 listing them).
 */
export type StaffOperationPolicy<I> =
  StaffPolicyCheck | { anyOf: readonly StaffAction[]; check: (input: I, staff: StaffSession) => StaffPolicyCheck };

export interface StaffOperation<I, O> {
  /** Validates the raw input (FormData entries or JSON body); a ZodError becomes field errors. */
  input: ZodType<I>;
  policy: StaffOperationPolicy<I>;
  run: (input: I, staff: StaffSession) => Promise<O>;
  /** The one kind of operation allowed while an admin-issued password must still be changed. */
  allowedBeforePasswordChange?: boolean;
}

async function signedInStaff(opts: { allowedBeforePasswordChange?: boolean } = {}): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) throw new DomainError("unauthenticated", detail("common.session_ended"));
  if (staff.mustChangePassword && !opts.allowedBeforePasswordChange)
    throw new DomainError("forbidden", detail("admin.change_password_first"));
  return staff;
}

function assertAllowed(staff: StaffSession, check: StaffPolicyCheck): void {
  const { action, resource } = typeof check === "string" ? { action: check, resource: undefined } : check;
  if (!can(staff, action, resource)) throw new DomainError("forbidden", detail("common.not_allowed"));
}

/** The signed-in staff member allowed to `check`; otherwise throws unauthenticated (401) or forbidden (403). */
export async function requireStaffFor(check: StaffPolicyCheck): Promise<StaffSession> {
  const staff = await signedInStaff();
  assertAllowed(staff, check);
  return staff;
}

const isFixedCheck = <I>(p: StaffOperationPolicy<I>): p is StaffPolicyCheck => typeof p === "string" || !("anyOf" in p);

/**
 * Runs one staff operation: session (re-read from the database), `can()` as far as it can be decided
 * without the input, then the input is read and validated, then the input-dependent `can()`, then the
 * use case. Authorising first means a role that may not do this gets 403 whatever it sends. Shared by
 * server actions and route handlers, so the server refuses exactly what the UI hides. Throws; the
 * wrappers hand what it throws to the error boundary. `raw` may be a function: the body is then read
 * only once the caller is known to be allowed.
 */
export async function executeStaffOperation<I, O>(
  op: StaffOperation<I, O>,
  raw: unknown | (() => Promise<unknown>),
): Promise<O> {
  const staff = await signedInStaff(op);
  const policy = op.policy;
  if (isFixedCheck(policy)) assertAllowed(staff, policy);
  else if (!policy.anyOf.some((action) => can(staff, action)))
    throw new DomainError("forbidden", detail("common.not_allowed"));
  try {
    const body = typeof raw === "function" ? await (raw as () => Promise<unknown>)() : raw;
    const input = op.input.parse(body, { error: staffZodErrorMap(staff.locale) });
    if (!isFixedCheck(policy)) assertAllowed(staff, policy.check(input, staff));
    return await op.run(input, staff);
  } catch (err) {
    throw inStaffLanguage(err, staff);
  }
}

/**
 * Field reasons in the member's language (the schemas and use cases word them in English, the REST
 * API's language); the error code's own sentence is localised where it is shown.
 */
function inStaffLanguage(err: unknown, staff: StaffSession): unknown {
  if (err instanceof ZodError)
    return new DomainError(
      "invalid_request",
      detail("common.some_fields_invalid"),
      localiseFields(zodFields(err), staff.locale),
    );
  if (err instanceof DomainError && err.fields && staff.locale === "fr")
    return new DomainError(
      err.code,
      err.detail ?? err.message,
      localiseFields(err.fields, staff.locale),
      err.retryAfterSeconds,
    );
  return err;
}

/** executeStaffOperation as a value for server actions: never throws. */
export async function runStaffOperation<I, O>(
  op: StaffOperation<I, O>,
  raw: unknown,
  context: string,
): Promise<ActionResult<O>> {
  try {
    return { ok: true, value: await executeStaffOperation(op, raw) };
  } catch (err) {
    return toFailure(err, context);
  }
}

/** A thrown value as an action result, through the one error boundary. */
export function toFailure(err: unknown, context: string): ActionResult<never> {
  const { code, message, fields, retryAfterSeconds, detail: d } = toSafeError(err, context);
  return {
    ok: false,
    code,
    message,
    ...(d ? { detail: d } : {}),
    ...(fields ? { fields } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
}

/** FormData → plain object for zod (repeated keys become arrays). */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * Wraps an operation as a server action usable with `useActionState(action, initial)`.
 * Server-action files export `async function x(prev, form) { return wrapped(prev, form) }`.
 */
export function staffAction<I, O>(name: string, op: StaffOperation<I, O>) {
  return async (_prev: unknown, form: FormData): Promise<ActionResult<O>> =>
    runStaffOperation(op, formToObject(form), name);
}
