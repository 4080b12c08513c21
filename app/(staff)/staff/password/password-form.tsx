"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import { submitKeepingFields } from "../(app)/components/action-form";

type Action = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

const HINT =
  "At least 12 characters. A few unrelated words make a strong password that is easy to remember; avoid your name and e-mail.";

/** New password (twice), and the current one when changing it; the server's reasons beside each field. */
export function PasswordForm(p: {
  action: Action;
  askCurrent: boolean;
  submitLabel: string;
  /** Where to go once the password is set (the session has ended by then). */
  doneHref: string;
  /** The field labels in the member's language (English when not given: the reset link has no session). */
  words?: { current: string; new: string; again: string; hint: string; saving: string };
}) {
  const w = p.words ?? {
    current: "Current password",
    new: "New password",
    again: "New password again",
    hint: HINT,
    saving: "Saving…",
  };
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(p.action, null);
  useEffect(() => {
    if (state?.ok) router.replace(p.doneHref);
  }, [state, router, p.doneHref]);
  const fieldError = (name: string) => (state && !state.ok ? state.fields?.[name] : undefined);
  const field = (name: string, label: string, autoComplete: string, hint?: string) => {
    const error = fieldError(name);
    return (
      <div className={`field${error ? " has-error" : ""}`} style={{ marginBottom: "1rem" }}>
        <label htmlFor={name}>{label}</label>
        {hint ? (
          <p className="hint" id={`${name}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="error" id={`${name}-error`}>
            {label} {error}
          </p>
        ) : null}
        <input
          id={name}
          name={name}
          type="password"
          required
          autoComplete={autoComplete}
          maxLength={256}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${name}-hint` : "", error ? `${name}-error` : ""].join(" ").trim() || undefined}
        />
      </div>
    );
  };
  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} aria-busy={pending} noValidate>
      {state && !state.ok ? (
        <div className="alert" role="alert" style={{ marginBottom: "1rem" }}>
          {state.message}
        </div>
      ) : null}
      {state?.ok ? (
        <p className="notice" role="status">
          Password saved. Sign in again with your new password.
        </p>
      ) : null}
      {p.askCurrent ? field("currentPassword", w.current, "current-password") : null}
      {field("newPassword", w.new, "new-password", w.hint)}
      {field("confirmPassword", w.again, "new-password")}
      <div style={{ marginTop: "1rem" }}>
        <button className="button" type="submit" disabled={pending}>
          {pending ? w.saving : p.submitLabel}
        </button>
      </div>
    </form>
  );
}
