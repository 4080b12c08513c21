"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { SecondFactorField } from "./second-factor-field";

type Step = "password" | "totp" | "enrol";

/** The enrolment route's refusal codes (lib/auth/totp-enrolment.ts) → this form's messages. */
const ENROL_REFUSALS: Record<string, string> = {
  unauthenticated: "invalid",
  rate_limited: "locked",
  conflict: "already_enrolled",
};
interface Enrolment {
  qrDataUrl: string;
  secret: string;
  recoveryCodes: string[];
}

/** Single sign-on, when configured: next-auth's OIDC provider (lib/auth/oidc.ts). */
export interface SsoOption {
  providerId: string;
  name: string;
}

/**
 * Password, then (when needed) the authenticator code; enrolment with a QR code on first sign-in.
 * With SSO configured, a second way in below the password form.
 */
export function SignInForm({
  initialError,
  sso,
  locale = "en",
}: {
  initialError: string | null;
  sso: SsoOption | null;
  /** The browser's language (no session yet). */
  locale?: Locale;
}) {
  const t = staffMessages(locale).signin;
  const MESSAGES: Record<string, string> = {
    invalid: t.failed,
    locked: t.locked,
    totp_invalid: t.totpInvalid,
    unavailable: t.unavailable,
    already_enrolled: t.alreadyEnrolled,
  };
  const router = useRouter();
  const [step, setStep] = useState<Step>("password");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const [credentials, setCredentials] = useState({ email: "", password: "" });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [ssoStarting, setSsoStarting] = useState(false);

  async function attempt(extra: { totp?: string; recoveryCode?: string }, creds = credentials) {
    const result = await signIn("credentials", { ...creds, ...extra, redirect: false });
    if (result && !result.error) {
      router.replace("/staff");
      router.refresh();
      return;
    }
    const code = result?.error ?? "invalid";
    if (code === "totp_required") {
      setStep("totp");
      return;
    }
    if (code === "enrol_required") {
      const res = await fetch("/api/staff/auth/enrol", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(creds),
      }).catch(() => null);
      if (!res?.ok) {
        // The route's refusal by its code, in the page's language (its message is the API's English).
        const body = (await res?.json().catch(() => null)) as { error?: { code?: string } } | null;
        setError(MESSAGES[ENROL_REFUSALS[body?.error?.code ?? ""] ?? "unavailable"]!);
        return;
      }
      setEnrolment((await res.json()) as Enrolment);
      setStep("enrol");
      return;
    }
    setError(MESSAGES[code] ?? MESSAGES.invalid!);
  }

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const creds = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    setCredentials(creds);
    setPending(true);
    setError(null);
    await attempt({}, creds);
    setPending(false);
  }

  async function onCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const value = String(data.get("code") ?? "").trim();
    await attempt(useRecovery ? { recoveryCode: value } : { totp: value });
    setPending(false);
  }

  const alert = error ? (
    <p className="alert" role="alert">
      {error}
    </p>
  ) : null;

  function onSso() {
    setSsoStarting(true);
    setError(null);
    // Leaves the page for the identity provider; it comes back through /api/auth/callback/<id>.
    void signIn(sso!.providerId, { callbackUrl: "/staff" });
  }

  if (step === "password") {
    return (
      <>
        <form className="form" onSubmit={onPassword} noValidate>
          {alert}
          <div className="field">
            <label htmlFor="email">{t.email}</label>
            <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
          </div>
          <div className="field">
            <label htmlFor="password">{t.password}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <button className="button" type="submit" disabled={pending}>
            {pending ? t.signingIn : t.submit}
          </button>
        </form>
        {sso ? (
          <section
            aria-label={t.ssoLabel}
            style={{ marginTop: "1.5rem", paddingTop: "1rem", borderTop: "1px solid var(--line)" }}
          >
            {/* "Continue with", not "Sign in with": the password button stays the only one named "Sign in". */}
            <button type="button" className="button secondary" onClick={onSso} disabled={ssoStarting || pending}>
              {fill(ssoStarting ? t.ssoOpening : t.ssoContinue, { sso: sso.name })}
            </button>
          </section>
        ) : null}
      </>
    );
  }

  return (
    <form className="form" onSubmit={onCode} noValidate key={`${step}-${useRecovery}`}>
      {step === "enrol" && enrolment ? (
        <section aria-labelledby="enrol-title">
          <h2 id="enrol-title">{t.enrolTitle}</h2>
          <p>{t.enrolText}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated per user, nothing to optimise */}
          <img src={enrolment.qrDataUrl} alt={t.qrAlt} width={220} height={220} />
          <p>
            {t.key} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <p>
            <strong>{t.recoveryTitle}</strong>
            {t.recoveryText}
          </p>
          <ul className="codes" data-testid="recovery-codes">
            {enrolment.recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : (
        <h2>{t.twoFactor}</h2>
      )}
      {alert}
      <SecondFactorField useRecovery={useRecovery} labels={t} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.checking : step === "enrol" ? t.confirm : t.verify}
      </button>
      {step === "totp" ? (
        <button type="button" className="linkbutton" onClick={() => setUseRecovery((v) => !v)}>
          {useRecovery ? t.useApp : t.useRecovery}
        </button>
      ) : null}
    </form>
  );
}
