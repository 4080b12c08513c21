import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentStaff } from "@/lib/auth/session";

/** Every back-office page requires a live staff session (re-checked against the database). */
export default async function StaffAppLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  return (
    <>
      <header className="site-header">
        <div className="container">
          <Link href="/staff" className="brand">
            Privacy requests
          </Link>
          <span className="muted">
            {staff.name} · {staff.role}
          </span>
        </div>
      </header>
      <main className="container">{children}</main>
    </>
  );
}
