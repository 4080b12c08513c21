"use client";

import { useActionState } from "react";
import type { Locale } from "@/lib/domain/locale";
import type { OptOutMessages } from "@/lib/i18n/messages/opt-out";
import type { OptOutType } from "@/lib/domain/vocabulary";
import { ErrorSummary } from "../../error-summary";
import { submitOptOut, type OptOutFormState } from "./actions";

/** The opt-out form: a plain POST without JavaScript, the same action with it. */
export function OptOutForm({
  locale,
  t,
  ticked,
  jurisdiction,
  types,
  labels,
}: {
  locale: Locale;
  t: OptOutMessages;
  /** Ticked in advance: those the browser's GPC signal stands for here, and the one the home page's card named. */
  ticked: readonly OptOutType[];
  /** The residence whose law applies (US-CA, US-VA…); the action checks it again. */
  jurisdiction: string;
  types: readonly OptOutType[];
  labels: Record<OptOutType, string>;
}) {
  const initial: OptOutFormState = { errors: {}, values: { types: [...ticked] } };
  const [state, action, pending] = useActionState(submitOptOut, initial);
  const msg = (code: string) => t.errors[code as keyof OptOutMessages["errors"]] ?? t.errors.generic;
  const fieldLabels: Record<string, string> = { email: t.email, fullName: t.fullName, types: t.choicesLegend };
  const summary = [
    ...(state.formError ? [{ field: "email", message: msg(state.formError) }] : []),
    ...Object.entries(state.errors).map(([field, code]) => ({ field, message: `${fieldLabels[field]}: ${msg(code)}` })),
  ];
  const err = (name: string) =>
    state.errors[name] ? (
      <p id={`${name}-error`} className="error">
        {msg(state.errors[name]!)}
      </p>
    ) : null;
  const chosen = state.values.types ?? [];
  return (
    <form action={action} className="form request-form" noValidate>
      <ErrorSummary title={t.errorSummary} items={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="jurisdiction" value={jurisdiction} />
      <fieldset className={`field choices${state.errors.types ? " has-error" : ""}`} id="types">
        <legend>
          {t.choicesLegend} <span className="tag">{t.required}</span>
        </legend>
        {err("types")}
        {types.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" name="types" value={type} defaultChecked={chosen.includes(type)} />{" "}
            <span>{labels[type]}</span>
          </label>
        ))}
      </fieldset>
      <div className={`field${state.errors.email ? " has-error" : ""}`}>
        <label htmlFor="email">
          {t.email} <span className="tag">{t.required}</span>
        </label>
        <p id="email-hint" className="hint">
          {t.emailHint}
        </p>
        {err("email")}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={state.values.email ?? ""}
          aria-required
          aria-invalid={state.errors.email ? true : undefined}
          aria-describedby={state.errors.email ? "email-hint email-error" : "email-hint"}
        />
      </div>
      <div className={`field${state.errors.fullName ? " has-error" : ""}`}>
        <label htmlFor="fullName">
          {t.fullName} <span className="tag">{t.optional}</span>
        </label>
        {err("fullName")}
        <input
          id="fullName"
          name="fullName"
          type="text"
          autoComplete="name"
          maxLength={200}
          defaultValue={state.values.fullName ?? ""}
        />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}
