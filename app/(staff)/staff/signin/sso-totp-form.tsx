"use client";

import { getCsrfToken, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SecondFactorField } from "./second-factor-field";

const MESSAGES: Record<string, string> = {
  totp_invalid: "That code is not right (or was already used). Enter the current code from your app.",
  locked: "Too many failed attempts. Sign-in is locked for a while; try again later.",
  expired: "This sign-in took too long or is no longer valid. Start again.",
  unavailable: "Sign-in is unavailable right now. Try again in a moment.",
};

/**
 * The app's TOTP step after single sign-on (OIDC_SKIPS_TOTP=false). The code goes through
 * next-auth's session update, whose jwt callback checks it and completes the session.
 */
export function SsoTotpForm({ initialError }: { initialError: "totp_invalid" | "locked" | null }) {
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
      <h2>Two-factor authentication</h2>
      <p className="muted">
        You are signed in with single sign-on. Your account also uses a code from your authenticator app.
      </p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <SecondFactorField useRecovery={useRecovery} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </button>
      <button type="button" className="linkbutton" onClick={() => setUseRecovery((v) => !v)}>
        {useRecovery ? "Use a code from the app instead" : "Use a recovery code instead"}
      </button>
      <button type="button" className="linkbutton" onClick={() => void signOut({ callbackUrl: "/staff/signin" })}>
        Cancel and start again
      </button>
    </form>
  );
}
