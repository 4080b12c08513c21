"use client";

import { getCsrfToken, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/domain/locale";
import { staffMessages } from "@/lib/i18n/staff";
import { SecondFactorField } from "./second-factor-field";

/**
 * The app's TOTP step after single sign-on (OIDC_SKIPS_TOTP=false). The code goes through
 * next-auth's session update, whose jwt callback checks it and completes the session.
 */
export function SsoTotpForm({
  initialError,
  locale,
}: {
  initialError: "totp_invalid" | "locked" | null;
  locale: Locale;
}) {
  const words = staffMessages(locale);
  const t = words.signin;
  const MESSAGES: Record<string, string> = {
    totp_invalid: t.totpInvalid,
    locked: t.locked,
    expired: words.sso.errors.expired,
    unavailable: t.unavailable,
  };
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ? MESSAGES[initialError]! : null);
  const [pending, setPending] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          csrfToken: await getCsrfToken(),
          data: useRecovery ? { recoveryCode: value } : { totp: value },
        }),
      });
      const session = (await res.json().catch(() => null)) as {
        uid?: string;
        ssoTotpPending?: boolean;
        ssoError?: string;
      } | null;
      if (session?.uid) {
        router.replace("/staff");
        router.refresh();
        return;
      }
      setError(
        MESSAGES[session?.ssoTotpPending ? (session.ssoError ?? "totp_invalid") : res.ok ? "expired" : "unavailable"]!,
      );
    } catch {
      setError(MESSAGES.unavailable!);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate key={String(useRecovery)}>
      <h2>{t.twoFactor}</h2>
      <p className="muted">{words.sso.totpLead}</p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <SecondFactorField useRecovery={useRecovery} labels={t} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.checking : t.verify}
      </button>
      <button type="button" className="linkbutton" onClick={() => setUseRecovery((v) => !v)}>
        {useRecovery ? t.useApp : t.useRecovery}
      </button>
      <button type="button" className="linkbutton" onClick={() => void signOut({ callbackUrl: "/staff/signin" })}>
        {words.sso.cancel}
      </button>
    </form>
  );
}
