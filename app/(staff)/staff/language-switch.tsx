"use client";

import { useActionState } from "react";
import type { Locale } from "@/lib/domain/locale";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { setLanguageAction } from "./language-actions";
import { LanguageSwitchForm } from "./language-switch-form";

/**
 * FR | EN in the staff header (and on the password page): the shared markup (language-switch-form.tsx)
 * bound to the server action, so the page changes language in place and a refusal shows beside it.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const [state, action, pending] = useActionState(setLanguageAction, null);
  return (
    <LanguageSwitchForm locale={locale} action={action} pending={pending}>
      {state && !state.ok ? (
        <span role="alert" className="alert-inline">
          {errorDetailText(state.detail, locale, state.message)}
        </span>
      ) : null}
    </LanguageSwitchForm>
  );
}
