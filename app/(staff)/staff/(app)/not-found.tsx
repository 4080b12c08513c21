import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { currentStaffWords } from "./components/staff-words";

/** The back-office's 404, for unknown paths and for records a page could not find. */
export default async function StaffNotFound() {
  const t = (await currentStaffWords()).notFound;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="empty">
        {t.text} <StaffLink href="/staff/requests">{t.back}</StaffLink>
      </p>
    </>
  );
}
