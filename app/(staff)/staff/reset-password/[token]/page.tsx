import Link from "next/link";
import { findPasswordResetLink, LINK_GONE } from "@/lib/auth/password-reset";
import "../../../staff.css";
import { PasswordForm } from "../../password/password-form";
import { resetPasswordAction } from "./actions";

export const metadata = { title: "Set a new password — privacy requests", referrer: "no-referrer" };

/** The link an admin's "reset password" mails. Opening it uses nothing up; setting the password does. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordResetLink(token);
  return (
    <main className="container" style={{ maxWidth: 520, paddingTop: "3rem" }}>
      <h1>Set a new password</h1>
      {link ? (
        <>
          <p className="muted">
            For {link.name} ({link.email}). This link works once.
          </p>
          <PasswordForm
            action={async (prev, form) => {
              "use server";
              form.set("token", token);
              return resetPasswordAction(prev, form);
            }}
            askCurrent={false}
            submitLabel="Set password"
            doneHref="/staff/signin?notice=password_set"
          />
        </>
      ) : (
        <>
          <div className="alert" role="alert">
            {LINK_GONE}
          </div>
          <p>
            <Link href="/staff/signin">Go to sign-in</Link>
          </p>
        </>
      )}
    </main>
  );
}
