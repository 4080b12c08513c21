import Link from "next/link";
import { findPasswordResetLink } from "@/lib/auth/password-reset";
import { browserLocale } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import "../../../staff.css";
import { PasswordForm } from "../../password/password-form";
import { resetPasswordAction } from "./actions";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("resetPassword", { referrer: "no-referrer" });

/** The link an admin's "reset password" mails. Opening it uses nothing up; setting the password does. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordResetLink(token);
  // No session here: the browser's language.
  const locale = await browserLocale();
  const words = staffMessages(locale);
  const t = words.resetPassword;
  return (
    <main className="container" style={{ maxWidth: 520, paddingTop: "3rem" }} lang={locale}>
      <h1>{t.title}</h1>
      {link ? (
        <>
          <p className="muted">{fill(t.forWhom, { name: link.name, email: link.email })}</p>
          <PasswordForm
            action={async (prev, form) => {
              "use server";
              form.set("token", token);
              return resetPasswordAction(prev, form);
            }}
            askCurrent={false}
            submitLabel={t.submit}
            words={words.password}
            doneHref="/staff/signin?notice=password_set"
          />
        </>
      ) : (
        <>
          <div className="alert" role="alert">
            {t.gone}
          </div>
          <p>
            <Link href="/staff/signin">{t.toSignIn}</Link>
          </p>
        </>
      )}
    </main>
  );
}
