import Link from "next/link";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { changePasswordAction } from "./actions";
import { PasswordForm } from "./password-form";

export const metadata = { title: "Change password — privacy requests" };

/**
 * Outside the back-office layout on purpose: a user whose password an admin issued is sent here
 * by that layout, and may do nothing else until they have chosen their own.
 */
export default async function ChangePasswordPage() {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  return (
    <main className="container" style={{ maxWidth: 520, paddingTop: "3rem" }}>
      <h1>{staff.mustChangePassword ? "Choose your own password" : "Change your password"}</h1>
      {staff.mustChangePassword ? (
        <p className="notice">
          You signed in with a password an administrator gave you. Choose your own before you continue: nobody else
          should know it.
        </p>
      ) : (
        <p className="muted">
          Signed in as {staff.name} ({staff.email}). Every session of yours ends once the password is changed.
        </p>
      )}
      <PasswordForm
        action={changePasswordAction}
        askCurrent
        submitLabel="Change password"
        doneHref="/staff/signin?notice=password_changed"
      />
      {staff.mustChangePassword ? null : (
        <p>
          <Link href="/staff/requests">Back to the back-office</Link>
        </p>
      )}
    </main>
  );
}
