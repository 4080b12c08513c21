import Link from "next/link";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { changePasswordAction } from "./actions";
import { PasswordForm } from "./password-form";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { LanguageSwitch } from "../language-switch";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("changePassword");

/**
 * Outside the back-office layout on purpose: a user whose password an admin issued is sent here
 * by that layout, and may do nothing else until they have chosen their own.
 */
export default async function ChangePasswordPage() {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  const locale = staff.locale ?? "en";
  const t = staffMessages(locale).password;
  return (
    <main className="container" style={{ maxWidth: 520, paddingTop: "3rem" }} lang={locale}>
      <LanguageSwitch locale={locale} />
      <h1>{staff.mustChangePassword ? t.chooseTitle : t.changeTitle}</h1>
      {staff.mustChangePassword ? (
        <p className="notice">{t.mustChange}</p>
      ) : (
        <p className="muted">{fill(t.signedInAs, { name: staff.name, email: staff.email })}</p>
      )}
      <PasswordForm
        action={changePasswordAction}
        askCurrent
        submitLabel={t.submit}
        doneHref="/staff/signin?notice=password_changed"
        words={t}
      />
      {staff.mustChangePassword ? null : (
        <p>
          <Link href="/staff/requests">{t.back}</Link>
        </p>
      )}
    </main>
  );
}
