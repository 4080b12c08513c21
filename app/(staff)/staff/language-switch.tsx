"use client";

import { useActionState } from "react";
import type { Locale } from "@/lib/domain/locale";
import { staffMessages } from "@/lib/i18n/staff";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { setLanguageAction } from "./language-actions";

/** FR | EN in the staff header (and on the password page): one button per language, the current one pressed. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const [state, action, pending] = useActionState(setLanguageAction, null);
  const t = staffMessages(locale).chrome;
  return (
    <form action={action} className="language-switch" aria-label={t.languageSwitch} aria-busy={pending}>
      {(["fr", "en"] as const).map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          className="linkbutton"
          aria-pressed={l === locale}
          lang={l}
          disabled={pending}
          title={t.languageNames[l]}
        >
          {l.toUpperCase()}
        </button>
      ))}
      {state && !state.ok ? (
        <span role="alert" className="alert-inline">
          {errorDetailText(state.detail, locale, state.message)}
        </span>
      ) : null}
    </form>
  );
}
