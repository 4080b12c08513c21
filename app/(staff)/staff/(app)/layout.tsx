import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "./notifications/notification-bell";
import { staffMessages } from "@/lib/i18n/staff";
import { LanguageSwitch } from "../language-switch";
import { StaffLocaleProvider } from "./components/staff-locale";
import { StaffChrome } from "./components/staff-chrome";

/**
 * Every back-office page requires a live staff session (re-checked against the database). Its links are
 * `StaffLink`s, which never prefetch (see there why). The chrome is shared with the queue's static
 * document (components/staff-chrome.tsx).
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
      <StaffChrome
        staff={staff}
        Link={StaffLink}
        bell={<NotificationBell />}
        languageSwitch={<LanguageSwitch locale={locale} />}
        signOut={<SignOutButton label={t.signOut} />}
      >
        {children}
      </StaffChrome>
    </StaffLocaleProvider>
  );
}
