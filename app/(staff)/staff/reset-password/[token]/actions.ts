"use server";

import { completePasswordReset } from "@/lib/auth/password-reset";
import { formToObject, toFailure, type ActionResult } from "@/lib/http/staff-action";
import { newPasswordInput } from "../../password/new-password-input";

const input = newPasswordInput
  .extend({ token: newPasswordInput.shape.newPassword })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "does not match the new password",
  });

/**
 * The reset link's form. Nobody is signed in here: the one-time token is the authority (checked,
 * used up and audited by the use case); errors go through the same boundary as staff actions.
 */
export async function resetPasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const parsed = input.parse(formToObject(form));
    await completePasswordReset({ token: parsed.token, newPassword: parsed.newPassword });
    return { ok: true, value: null };
  } catch (err) {
    return toFailure(err, "account.reset_password");
  }
}
