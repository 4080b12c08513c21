"use client";

import {
  startTransition,
  useActionState,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { staffEn } from "@/lib/i18n/staff/en";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { useStaffLocale, useStaffMessages } from "./staff-locale";
import { announce } from "./announcer";

type ServerAction = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

export interface ActionFormProps {
  action: ServerAction;
  submitLabel: string;
  pendingLabel?: string;
  /** Asks for a second, explicit click before a destructive action is sent. */
  confirm?: string;
  /** The confirming button's words (default "Yes, <submit label>"). */
  confirmLabel?: string;
  danger?: boolean;
  successMessage?: string;
  className?: string;
  id?: string;
  /** The form's accessible name, which makes it a landmark: pass one only where a region helps (unique per page). */
  label?: string;
  /** Clears the fields after a success (composer, notes). */
  resetOnSuccess?: boolean;
  /**
   * Receives the result. A successful action usually removes its own form on refresh (a claimed
   * request has no claim button), so pages that pass this show the outcome somewhere that stays.
   */
  onResult?: (result: ActionResult) => void;
  /** Announces a success in the page's live region instead (announcer.tsx): for forms the refresh removes. */
  announce?: boolean;
  children?: ReactNode;
}

/** A server-action form with a pending state, the server's message, field errors and optional confirmation. */
export function ActionForm(p: ActionFormProps) {
  const { action, onResult } = p;
  const t = useStaffMessages().common;
  const announces = p.announce === true;
  const [confirming, setConfirming] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // The result is handed over as the action resolves, not in an effect: a form that the refreshed
  // page no longer renders would never run its effect.
  const run = useCallback(
    async (prev: ActionResult | null, form: FormData) => {
      const result = await action(prev, form);
      // Refused, the form stays: the keyboard goes back to its button, below the alert that says why.
      if (!result.ok) cancelled.current = true;
      setConfirming(false);
      onResult?.(result);
      if (result.ok && announces) announce(result.message ?? t.done);
      return result;
    },
    [action, onResult, announces, t.done],
  );
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(run, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && p.resetOnSuccess) formRef.current?.reset();
  }, [state, p.resetOnSuccess]);
  // Back from the confirmation without sending: the keyboard returns to the button that asked.
  useEffect(() => {
    if (!confirming && cancelled.current) {
      cancelled.current = false;
      askRef.current?.focus();
    }
  }, [confirming]);
  const cancel = () => {
    cancelled.current = true;
    setConfirming(false);
  };
  // The fields are checked before the question is asked: a missing reason is said first, not after "Yes".
  const ask = () => {
    if (formRef.current?.reportValidity() !== false) setConfirming(true);
  };
  const buttonClass = `button${p.danger ? " danger" : ""}`;
  const onSubmit = submitKeepingFields(formAction);
  const confirmId = useId();
  return (
    <form
      ref={formRef}
      id={p.id}
      action={formAction}
      onSubmit={onSubmit}
      className={p.className ?? "action-form"}
      // Named only when asked: a named form is a landmark, and rows repeating one unnamed-by-default
      // form would make landmarks with the same name (axe landmark-unique).
      aria-label={p.label}
      aria-busy={pending}
    >
      {p.children}
      <ActionOutcome state={state} successMessage={p.successMessage} showSuccess={!onResult && !announces} />
      {p.confirm && confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-label={t.confirm}
          aria-describedby={confirmId}
          onKeyDown={(e) => {
            // One step back at a time: the question first, the panel around it (action-panel.tsx) on the next Escape.
            if (e.key === "Escape" && !pending) {
              e.preventDefault();
              e.stopPropagation();
              cancel();
            }
          }}
        >
          <span id={confirmId}>{p.confirm}</span>
          <span>
            <button className={buttonClass} type="submit" disabled={pending} autoFocus>
              {pending
                ? (p.pendingLabel ?? t.working)
                : (p.confirmLabel ?? fill(t.yes, { action: p.submitLabel.toLowerCase() }))}
            </button>{" "}
            <button className="button secondary" type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </span>
        </div>
      ) : (
        <div>
          {p.confirm ? (
            <button className={buttonClass} type="button" onClick={ask} ref={askRef}>
              {p.submitLabel}
            </button>
          ) : (
            <button className={buttonClass} type="submit" disabled={pending}>
              {pending ? (p.pendingLabel ?? t.working) : p.submitLabel}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

/**
 * React 19 empties a form after its `action` runs, even when the server refused it (a conflict would
 * lose the text just typed). Submitting through onSubmit keeps the fields (and the clicked button's
 * name/value); `action` stays on the form for no-JS.
 */
export function submitKeepingFields(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
}

/** The server's refusal (with its field errors) or its success message, under a staff form. */
export function ActionOutcome({
  state,
  successMessage,
  showSuccess = true,
}: {
  state: ActionResult | null;
  successMessage?: string;
  showSuccess?: boolean;
}) {
  const t = useStaffMessages();
  const locale = useStaffLocale();
  const done = t.common.done;
  if (state && !state.ok) {
    // The code's sentence in the member's language; the operation's own words below it, in the same
    // language (its detail key), when they add something to the code's sentence.
    const headline = lookup(t.errors, state.code, state.message);
    const text = errorDetailText(state.detail, locale, state.message);
    const detail = headline !== text && lookup(staffEn.errors, state.code, "") !== state.message;
    return (
      <div className="alert" role="alert">
        {headline}
        {detail ? (
          <>
            {" "}
            <span className="muted small">{fill(t.errorDetail, { detail: text })}</span>
          </>
        ) : null}
        {state.fields ? (
          <ul>
            {Object.entries(state.fields).map(([k, v]) => (
              <li key={k}>{fill(t.fieldError, { field: lookup(t.fieldLabels, k), reason: v })}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state?.ok && showSuccess) {
    return (
      <p className="notice" role="status">
        {state.message ?? successMessage ?? done}
      </p>
    );
  }
  return null;
}
