import { redirect } from "next/navigation";

/** The back-office opens on the queue. */
export default function StaffHome() {
  redirect("/staff/requests");
}
