import { redirect } from "next/navigation";
import { can, type PolicyResource, type StaffAction } from "@/lib/auth/policy";
import { currentStaff, type StaffSession } from "@/lib/auth/session";

/**
 * For server components: the signed-in staff member allowed to `action`; otherwise the sign-in page
 * or the "not allowed" page (next's forbidden() needs an experimental flag this project does not set).
 */
export async function requireStaffPage(action: StaffAction, resource?: PolicyResource): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  if (staff.mustChangePassword) redirect("/staff/password");
  if (!can(staff, action, resource)) redirect("/staff/forbidden");
  return staff;
}
