import type { ComponentType, ReactNode } from "react";
import { can, type StaffAction } from "@/lib/auth/policy";
import type { StaffSession } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";

type Chrome = ReturnType<typeof staffMessages>["chrome"];
type NavKey = keyof Chrome["nav"];
export type ChromeLink = ComponentType<{
  href: string;
  className?: string;
  children?: ReactNode;
  "aria-label"?: string;
  "data-testid"?: string;
}>;

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
 * The back-office chrome (skip link, brand, navigation, bell, who is signed in, language, password,
 * sign-out), one source for both renderings: the React layout passes `StaffLink` and its client
 * widgets; the queue's static document (issue 16) passes plain anchors and plain forms.
 */
export function StaffChrome(p: {
  staff: StaffSession;
  Link: ChromeLink;
  bell: ReactNode;
  languageSwitch: ReactNode;
  signOut: ReactNode;
  children: ReactNode;
}) {
  const locale = p.staff.locale ?? "en";
  const t = staffMessages(locale).chrome;
  const { Link } = p;
  return (
    <div className="staff" lang={locale}>
      <a href="#main" className="sr-only">
        {t.skipToContent}
      </a>
      <header className="site-header staff-header">
        <div className="container">
          <Link href="/staff/requests" className="brand">
            {t.brand}
          </Link>
          <nav className="staff-nav" aria-label={t.navLabel}>
            {NAV.filter((n) => can(p.staff, n.action)).map((n) =>
              n.document ? (
                <a key={n.href} href={n.href}>
                  {t.nav[n.label]}
                </a>
              ) : (
                <Link key={n.href} href={n.href}>
                  {t.nav[n.label]}
                </Link>
              ),
            )}
          </nav>
          <div className="staff-user">
            {p.bell}
            <span className="muted">
              {p.staff.name} · {t.roles[p.staff.role]}
            </span>
            {p.languageSwitch}
            <Link href="/staff/password">{t.changePassword}</Link>
            {p.signOut}
          </div>
        </div>
      </header>
      <main id="main" className="container">
        {p.children}
      </main>
    </div>
  );
}

/** The header bell's link: unread alerts, "99+" past 99 (the count is capped at 100). */
export function BellLink({ n, locale, Link }: { n: number; locale: StaffSession["locale"]; Link: ChromeLink }) {
  const t = staffMessages(locale ?? "en").chrome;
  const shown = n > 99 ? "99+" : n;
  return (
    <Link
      href="/staff/notifications"
      className="bell"
      aria-label={n > 0 ? fill(t.bellUnread, { n: shown }) : t.bellNone}
      data-testid="notification-bell"
    >
      {/* An inline icon: emoji fonts are not installed everywhere (a missing glyph shows a box). */}
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {n > 0 ? <span className="bell-count">{shown}</span> : null}
    </Link>
  );
}
