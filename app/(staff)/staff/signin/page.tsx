import { redirect } from "next/navigation";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc";
import { pendingSsoSignIn } from "@/lib/auth/oidc-pending";
import { browserLocale, currentStaff } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages, type StaffMessages } from "@/lib/i18n/staff";
import "../../staff.css";
import { SignInForm } from "./sign-in-form";
import { SsoTotpForm } from "./sso-totp-form";

/** `?error=` codes: ours from the SSO admission (lib/auth/oidc.ts), and next-auth's own for OAuth failures. */
const NEXT_AUTH_ERRORS = [
  "OAuthSignin",
  "OAuthCallback",
  "OAuthCreateAccount",
  "OAuthAccountNotLinked",
  "Callback",
  "AccessDenied",
  "Configuration",
];

function errorText(error: string, words: StaffMessages): string {
  if (error === "unavailable") return words.signin.unavailable;
  if (NEXT_AUTH_ERRORS.includes(error)) return words.sso.errors.sso_failed;
  return lookup(words.sso.errors, error, words.signin.failed);
}

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
  const words = staffMessages(locale);
  const t = words.signin;
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
        <SsoTotpForm initialError={pending.error} locale={locale} />
      ) : (
        <>
          <p className="muted">{sso ? fill(t.leadSso, { sso: sso.name }) : t.lead}</p>
          <SignInForm
            initialError={error ? errorText(error, words) : null}
            locale={locale}
            sso={sso ? { providerId: OIDC_PROVIDER_ID, name: sso.name } : null}
          />
        </>
      )}
    </main>
  );
}
