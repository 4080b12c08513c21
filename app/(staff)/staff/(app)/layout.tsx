import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { can, type StaffAction } from "@/lib/auth/policy";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";
import { staffMessages } from "@/lib/i18n/staff";
import { LanguageSwitch } from "../language-switch";
import { StaffLocaleProvider } from "./components/staff-locale";

type NavKey = keyof ReturnType<typeof staffMessages>["chrome"]["nav"];
const NAV: { href: string; label: NavKey; action: StaffAction; document?: boolean }[] = [
  { href: "/staff/requests", label: "queue", action: "request.view" },
  { href: "/staff/requests/new", label: "newRequest", action: "request.create" },
  { href: "/staff/requests/import", label: "importRequests", action: "request.create" },
  { href: "/staff/appeals", label: "appeals", action: "request.decide_appeal" },
  { href: "/staff/restrictions", label: "restrictions", action: "request.view" },
  { href: "/staff/dashboard", label: "dashboard", action: "dashboard.view" },
  { href: "/staff/reports", label: "reports", action: "reports.view" },
  { href: "/staff/audit", label: "audit", action: "audit.view" },
  { href: "/staff/admin/users", label: "users", action: "users.manage" },
  { href: "/staff/admin/systems", label: "systems", action: "systems.manage" },
  { href: "/staff/admin/webhooks", label: "webhooks", action: "webhooks.manage" },
  { href: "/staff/admin/api-keys", label: "apiKeys", action: "api_keys.manage" },
  { href: "/staff/admin/drp-agents", label: "drpAgents", action: "drp_agents.manage" },
  { href: "/staff/admin/reply-templates", label: "replyTemplates", action: "reply_templates.manage" },
  // Bull Board is a route handler, not a page: a plain link loads it as a document.
  { href: "/staff/admin/queues", label: "queues", action: "queues.view", document: true },
];

/**
 * Every back-office page requires a live staff session (re-checked against the database). Its links are
 * `StaffLink`s, which never prefetch (see there why).
 */
export default async function StaffAppLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/signin");
  // An admin-issued password must be replaced before anything else (invite, lib/auth/staff-admin.ts).
  if (staff.mustChangePassword) redirect("/staff/password");
  const locale = staff.locale ?? "en";
  const t = staffMessages(locale).chrome;
  return (
    <StaffLocaleProvider locale={locale}>
      <div className="staff" lang={locale}>
        <a href="#main" className="sr-only">
          {t.skipToContent}
        </a>
        <header className="site-header staff-header">
          <div className="container">
            <StaffLink href="/staff/requests" className="brand">
              {t.brand}
            </StaffLink>
            <nav className="staff-nav" aria-label={t.navLabel}>
              {NAV.filter((n) => can(staff, n.action)).map((n) =>
                n.document ? (
                  <a key={n.href} href={n.href}>
                    {t.nav[n.label]}
                  </a>
                ) : (
                  <StaffLink key={n.href} href={n.href}>
                    {t.nav[n.label]}
                  </StaffLink>
                ),
              )}
            </nav>
            <div className="staff-user">
              <NotificationBell />
              <span className="muted">
                {staff.name} · {t.roles[staff.role]}
              </span>
              <LanguageSwitch locale={locale} />
              <StaffLink href="/staff/password">{t.changePassword}</StaffLink>
              <SignOutButton label={t.signOut} />
            </div>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
      </div>
    </StaffLocaleProvider>
  );
}
