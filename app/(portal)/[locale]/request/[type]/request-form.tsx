"use client";

import { useActionState, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import type { RequestType } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/domain/locale";
import { ErrorSummary } from "../../../error-summary";
import { submitPortalRequest } from "../actions";
import type { RequestFormState } from "../form-input";
import { checkOnBlur, fieldLabel, fieldOrder, type FormMessages } from "./request-form-fields";
import type { DataPointMessages } from "@/lib/i18n/messages/data-points";
import { DataPointsFields } from "./data-points-fields";

const DATA_POINT_TYPES: readonly RequestType[] = ["access", "portability", "erasure"];

interface Props {
  locale: Locale;
  type: RequestType;
  t: FormMessages;
  dataPoints: DataPointMessages;
  jurisdictions: { code: string; label: string }[];
  privacyPolicyUrl: string;
  initial: RequestFormState;
}

export function RequestForm({ locale, type, t, dataPoints, jurisdictions, privacyPolicyUrl, initial }: Props) {
  const [state, action, pending] = useActionState(submitPortalRequest, initial);
  // The residence chosen now decides whether California's identity questions are asked.
  const [residence, setResidence] = useState(initial.values.jurisdiction ?? "");
  // Checks made on leaving a field belong to the answer they were made against; a new answer starts afresh.
  const [live, setLive] = useState<{ answer: RequestFormState; errors: Record<string, string | null> }>({
    answer: state,
    errors: {},
  });
  const submitRef = useRef<HTMLButtonElement>(null);

  const errors: Record<string, string> = { ...state.errors };
  for (const [name, code] of Object.entries(live.answer === state ? live.errors : {})) {
    if (code) errors[name] = code;
    else delete errors[name];
  }
  const v = state.values;
  // The decision questioned is this request's subject, so its field is required (intake-schema.ts).
  const questionsProfiling = type === "question_profiling";
  const msg = (code: string) => t.errors[code as keyof FormMessages["errors"]] ?? t.errors.generic;
  const summary = [
    ...(state.formError ? [{ field: "fullName", message: msg(state.formError) }] : []),
    ...Object.entries(state.errors)
      .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
      .map(([field, code]) => ({ field, message: `${fieldLabel(t, field, type)}${t.colon}${msg(code)}` })),
  ];

  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    const el = e.target as unknown as HTMLInputElement;
    if (!el.name || !["fullName", "email"].includes(el.name)) return;
    const code = checkOnBlur(el.name, el.value);
    setLive((prev) => ({ answer: state, errors: { ...(prev.answer === state ? prev.errors : {}), [el.name]: code } }));
  };
  // Enter in a text box sends the request, never the "add a row" button that comes first in the form.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (
      e.key === "Enter" &&
      target.tagName === "INPUT" &&
      (target as HTMLInputElement).type !== "checkbox" &&
      (target as HTMLInputElement).type !== "radio"
    ) {
      e.preventDefault();
      e.currentTarget.requestSubmit(submitRef.current);
    }
  };

  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="error">
        {msg(errors[name]!)}
      </p>
    ) : null;

  const text = (
    name: string,
    label: string,
    opts: { required?: boolean; hint?: string; type?: string; autoComplete?: string; maxLength?: number } = {},
  ) => (
    <div className={`field${errors[name] ? " has-error" : ""}`}>
      <label htmlFor={name}>
        {label} <span className="tag">{opts.required ? t.required : t.optional}</span>
      </label>
      {opts.hint ? (
        <p id={`${name}-hint`} className="hint">
          {opts.hint}
        </p>
      ) : null}
      {errorText(name)}
      <input
        id={name}
        name={name}
        type={opts.type ?? "text"}
        autoComplete={opts.autoComplete}
        maxLength={opts.maxLength}
        defaultValue={v[name] ?? ""}
        aria-required={opts.required || undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(opts.hint))}
      />
    </div>
  );

  const radios = (
    name: string,
    legend: string,
    options: readonly string[],
    labels: Record<string, string>,
    hint?: ReactNode,
  ) => (
    <fieldset
      className={`field choices${errors[name] ? " has-error" : ""}`}
      aria-describedby={describedBy(name)}
      id={name}
    >
      <legend>
        {legend} <span className="tag">{t.required}</span>
      </legend>
      {hint}
      {errorText(name)}
      {options.map((o) => (
        <label key={o} className="choice">
          <input type="radio" name={name} value={o} defaultChecked={v[name] === o} /> <span>{labels[o]}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form action={action} className="form request-form" noValidate onBlur={onBlur} onKeyDown={onKeyDown}>
      <ErrorSummary title={t.errorSummary} items={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="rows" value={state.rows} />

      {type === "rectification" ? (
        <fieldset className="field rows" aria-describedby="rows-hint">
          <legend>
            {t.rectificationLegend} <span className="tag">{t.required}</span>
          </legend>
          <p id="rows-hint" className="hint">
            {t.rectificationHint}
          </p>
          {Array.from({ length: state.rows }, (_, i) => (
            <div className="row-pair" key={i}>
              {text(`row-${i}-field`, fill(t.rowField, { n: i + 1 }), { required: i === 0, maxLength: 200 })}
              {text(`row-${i}-value`, fill(t.rowValue, { n: i + 1 }), { required: i === 0, maxLength: 1000 })}
            </div>
          ))}
          <button className="button secondary" type="submit" name="intent" value="add_row" formNoValidate>
            {t.addRow}
          </button>
        </fieldset>
      ) : null}
      {type === "restriction" ? radios("restrictionGround", t.groundLegend, Object.keys(t.grounds), t.grounds) : null}
      {type === "objection"
        ? radios(
            "objectionScope",
            t.objectionLegend,
            Object.keys(t.objectionScopes),
            t.objectionScopes,
            <p className="hint">{t.objectionOtherHint}</p>,
          )
        : null}
      {type === "access" || type === "erasure" || type === "portability" ? (
        <div className={`field${errors.scope ? " has-error" : ""}`}>
          <label htmlFor="scope">
            {t.scope} <span className="tag">{t.optional}</span>
          </label>
          <p id="scope-hint" className="hint">
            {t.scopeHint}
          </p>
          {errorText("scope")}
          <input
            id="scope"
            name="scope"
            defaultValue={v.scope ?? ""}
            maxLength={1000}
            aria-describedby={describedBy("scope", true)}
            aria-invalid={errors.scope ? true : undefined}
          />
        </div>
      ) : null}

      {text("fullName", t.fullName, { required: true, autoComplete: "name", maxLength: 200 })}
      {text("email", t.email, {
        required: true,
        type: "email",
        autoComplete: "email",
        hint: t.emailHint,
        maxLength: 254,
      })}
      {text("accountReference", t.accountReference, { hint: t.accountReferenceHint, maxLength: 200 })}

      <div className={`field${errors.jurisdiction ? " has-error" : ""}`}>
        <label htmlFor="jurisdiction">
          {t.jurisdiction} <span className="tag">{t.required}</span>
        </label>
        <p id="jurisdiction-hint" className="hint">
          {t.jurisdictionHint}
        </p>
        {errorText("jurisdiction")}
        <select
          id="jurisdiction"
          name="jurisdiction"
          defaultValue={v.jurisdiction}
          onChange={(e) => setResidence(e.target.value)}
          autoComplete="country"
          aria-describedby={describedBy("jurisdiction", true)}
          aria-invalid={errors.jurisdiction ? true : undefined}
        >
          {jurisdictions.map((j) => (
            <option key={j.code} value={j.code}>
              {j.label}
            </option>
          ))}
        </select>
      </div>

      {residence === "US-CA" && DATA_POINT_TYPES.includes(type) ? (
        <DataPointsFields t={dataPoints} count={type === "erasure" ? 2 : 3} values={v} />
      ) : null}

      <div className={`field${errors.details ? " has-error" : ""}`}>
        <label htmlFor="details">
          {questionsProfiling ? t.profilingDetails : t.details}{" "}
          <span className="tag">{questionsProfiling ? t.required : t.optional}</span>
        </label>
        <p id="details-hint" className="hint">
          {questionsProfiling ? t.profilingDetailsHint : t.detailsHint}
        </p>
        {errorText("details")}
        <textarea
          id="details"
          name="details"
          rows={4}
          maxLength={4000}
          defaultValue={v.details ?? ""}
          required={questionsProfiling}
          aria-describedby={describedBy("details", true)}
          aria-invalid={errors.details ? true : undefined}
        />
      </div>

      {/* Humans never see or reach this field; bots that fill every input reveal themselves. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t.website}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className={`field checkbox${errors.acknowledge ? " has-error" : ""}`}>
        {errorText("acknowledge")}
        <label className="choice" htmlFor="acknowledge">
          <input
            id="acknowledge"
            name="acknowledge"
            type="checkbox"
            value="yes"
            defaultChecked={v.acknowledge === "yes"}
            aria-invalid={errors.acknowledge ? true : undefined}
            aria-describedby={describedBy("acknowledge")}
          />{" "}
          <span>
            {t.acknowledge} <span className="tag">{t.required}</span>
          </span>
        </label>
        <p className="hint">
          <a href={privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
            {t.acknowledgeLink}
          </a>
        </p>
      </div>

      <div>
        <button className="button" type="submit" name="intent" value="submit" ref={submitRef} disabled={pending}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
