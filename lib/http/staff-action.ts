import { ZodError, type ZodType } from "zod";
import { can, type PolicyResource, type StaffAction } from "@/lib/auth/policy";
import { currentStaff, type StaffSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { childLogger } from "@/lib/log";
import { zodFields } from "./zod-fields";

const log = childLogger("staff-action");

export type ActionResult<T = unknown> =
  | { ok: true; value: T; message?: string }
  | { ok: false; code: string; message: string; fields?: Record<string, string> };

/** The policy check a staff operation needs, possibly depending on its (parsed) input. */
export type StaffPolicyCheck = StaffAction | { action: StaffAction; resource?: PolicyResource };

export interface StaffOperation<I, O> {
  /** Validates the raw input (FormData entries or JSON body); a ZodError becomes field errors. */
  input: ZodType<I>;
  /** Which `can()` check guards this operation, given the input and the signed-in user. */
  policy: (input: I, staff: StaffSession) => StaffPolicyCheck;
  run: (input: I, staff: StaffSession) => Promise<O>;
}

export const NOT_SIGNED_IN: ActionResult<never> = {
  ok: false,
  code: "unauthenticated",
  message: "Your session has ended. Sign in again.",
};
export const FORBIDDEN_MESSAGE = "You are not allowed to do this.";

/**
 * Runs one staff operation: session (re-read from the database), input validation, `can()`, then
 * the use case. Shared by server actions and route handlers, so the server refuses exactly what the
 * UI hides. Returns a value; never throws.
 */
export async function runStaffOperation<I, O>(
  op: StaffOperation<I, O>,
  raw: unknown,
  context: string,
): Promise<ActionResult<O>> {
  try {
    const staff = await currentStaff();
    if (!staff) return NOT_SIGNED_IN;
    const input = op.input.parse(raw);
    const check = op.policy(input, staff);
    const { action, resource } = typeof check === "string" ? { action: check, resource: undefined } : check;
    if (!can(staff, action, resource)) return { ok: false, code: "forbidden", message: FORBIDDEN_MESSAGE };
    return { ok: true, value: await op.run(input, staff) };
  } catch (err) {
    return toFailure(err, context);
  }
}

export function toFailure(err: unknown, context: string): ActionResult<never> {
  if (err instanceof DomainError)
    return { ok: false, code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  if (err instanceof ZodError)
    return { ok: false, code: "invalid_request", message: "Some fields are invalid.", fields: zodFields(err) };
  // Only the message and stack: inputs may carry subject data and are never logged.
  log.error({ err: (err as Error)?.message, stack: (err as Error)?.stack, context }, "staff operation failed");
  return { ok: false, code: "internal_error", message: "Something went wrong on our side. Please try again." };
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
