import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { can, type StaffAction } from "@/lib/auth/policy";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";

const NAV: { href: string; label: string; action: StaffAction; document?: boolean }[] = [
  { href: "/staff/requests", label: "Queue", action: "request.view" },
  { href: "/staff/requests/new", label: "New request", action: "request.create" },
  { href: "/staff/dashboard", label: "Dashboard", action: "dashboard.view" },
  { href: "/staff/reports", label: "Reports", action: "reports.view" },
  { href: "/staff/audit", label: "Audit log", action: "audit.view" },
  { href: "/staff/admin/users", label: "Users", action: "users.manage" },
  { href: "/staff/admin/systems", label: "Systems", action: "systems.manage" },
  // Bull Board is a route handler, not a page: a plain link loads it as a document.
  { href: "/staff/admin/queues", label: "Queues", action: "queues.view", document: true },
];

/** Every back-office page requires a live staff session (re-checked against the database). */
export default async function StaffAppLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  // An admin-issued password must be replaced before anything else (invite, lib/auth/staff-admin.ts).
  if (staff.mustChangePassword) redirect("/staff/password");
  return (
    <div className="staff">
      <a href="#main" className="sr-only">
        Skip to content
      </a>
      <header className="site-header staff-header">
        <div className="container">
          <Link href="/staff/requests" className="brand">
            Privacy requests
          </Link>
          <nav className="staff-nav" aria-label="Back-office">
            {NAV.filter((n) => can(staff, n.action)).map((n) =>
              n.document ? (
                <a key={n.href} href={n.href}>
                  {n.label}
                </a>
              ) : (
                <Link key={n.href} href={n.href}>
                  {n.label}
                </Link>
              ),
            )}
          </nav>
          <div className="staff-user">
            <NotificationBell />
            <span className="muted">
              {staff.name} · {staff.role}
            </span>
            <Link href="/staff/password">Change password</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
    </div>
  );
}
