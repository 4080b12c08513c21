import type { ReactNode } from "react";
import { LOCALES, type Locale } from "@/lib/domain/locale";
import { staffMessages } from "@/lib/i18n/staff";

/**
 * FR | EN as one button per language, the current one pressed: the one markup of the staff language
 * switch. Rendered as is in the static documents (a plain POST to /staff/language that comes back to
 * `back`) and inside the React switch (language-switch.tsx), which passes its server action instead.
 * No hooks, no client code: it renders the same on the server, in a static document and in the browser.
 */
export function LanguageSwitchForm(p: {
  locale: Locale;
  /** A URL for a plain form post, or the React switch's server action. */
  action: string | ((form: FormData) => void);
  /** For a plain post: the page the switch comes back to. */
  back?: string;
  pending?: boolean;
  /** The refusal, when there is one (the React switch). */
  children?: ReactNode;
}) {
  const t = staffMessages(p.locale).chrome;
  const plain = typeof p.action === "string";
  return (
    <form
      className="language-switch"
      // React sets the method of a form whose action is a function itself (and warns if given one).
      method={plain ? "post" : undefined}
      action={p.action}
      aria-label={t.languageSwitch}
      aria-busy={p.pending ? "true" : undefined}
    >
      {plain && p.back ? <input type="hidden" name="back" value={p.back} /> : null}
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          className="linkbutton"
          aria-pressed={l === p.locale ? "true" : "false"}
          lang={l}
          disabled={p.pending}
          title={t.languageNames[l]}
        >
          {l.toUpperCase()}
        </button>
      ))}
      {p.children}
    </form>
  );
}
