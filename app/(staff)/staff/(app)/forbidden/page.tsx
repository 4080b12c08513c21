import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { currentStaff } from "@/lib/auth/session";
import { staffMessages } from "@/lib/i18n/staff";

export default async function Forbidden() {
  const t = staffMessages((await currentStaff())?.locale).forbidden;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="empty">
        {t.text} <StaffLink href="/staff/requests">{t.back}</StaffLink>
      </p>
    </>
  );
}
