import { redirect } from "next/navigation";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc";
import { pendingSsoSignIn } from "@/lib/auth/oidc-pending";
import { browserLocale, currentStaff } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import "../../staff.css";
import { SignInForm } from "./sign-in-form";
import { SsoTotpForm } from "./sso-totp-form";

const SSO_FAILED = "Single sign-on did not complete. Try again, or sign in with your e-mail and password.";

/** `?error=` codes: ours from the SSO admission (lib/auth/oidc.ts), and next-auth's own for OAuth failures. */
const ERRORS: Record<string, string> = {
  sso_no_account:
    "Single sign-on worked, but no active back-office account uses that e-mail address. Ask an administrator to create or reactivate your account.",
  sso_email_missing:
    "Your identity provider did not share your e-mail address, so your account cannot be found. Ask your administrator to release the e-mail claim to this app.",
  sso_email_unverified:
    "Your identity provider says your e-mail address is not verified, so it cannot be used to sign in here.",
  sso_enrol_required:
    "Your account needs two-factor authentication in this app and has not set it up yet. Sign in once with your e-mail and password to set it up, then use single sign-on.",
  unavailable: "Sign-in is unavailable right now. Try again in a moment.",
  OAuthSignin: SSO_FAILED,
  OAuthCallback: SSO_FAILED,
  OAuthCreateAccount: SSO_FAILED,
  OAuthAccountNotLinked: SSO_FAILED,
  Callback: SSO_FAILED,
  AccessDenied: SSO_FAILED,
  Configuration: SSO_FAILED,
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; notice?: string }>;
}) {
  if (await currentStaff()) redirect("/staff");
  const { error, notice } = await searchParams;
  const pending = await pendingSsoSignIn();
  const sso = oidcSettings();
  const locale = await browserLocale();
  const t = staffMessages(locale).signin;
  const notices: Record<string, string> = { password_changed: t.passwordChanged, password_set: t.passwordSet };
  return (
    <main className="container" style={{ maxWidth: 460, paddingTop: "3rem" }}>
      <h1>{t.title}</h1>
      {notice && notices[notice] ? (
        <p className="notice success" role="status">
          {notices[notice]}
        </p>
      ) : null}
      {pending ? (
        <SsoTotpForm initialError={pending.error} />
      ) : (
        <>
          <p className="muted">{sso ? fill(t.leadSso, { sso: sso.name }) : t.lead}</p>
          <SignInForm
            initialError={error ? (ERRORS[error] ?? t.failed) : null}
            locale={locale}
            sso={sso ? { providerId: OIDC_PROVIDER_ID, name: sso.name } : null}
          />
        </>
      )}
    </main>
  );
}
