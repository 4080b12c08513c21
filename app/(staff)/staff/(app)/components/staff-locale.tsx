"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "@/lib/domain/locale";
import { staffMessages, type StaffMessages } from "@/lib/i18n/staff";

const StaffLocale = createContext<Locale>("en");

/** The signed-in member's screen language, for the client components below the staff layout. */
export function StaffLocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <StaffLocale.Provider value={locale}>{children}</StaffLocale.Provider>;
}

export function useStaffLocale(): Locale {
  return useContext(StaffLocale);
}

export function useStaffMessages(): StaffMessages {
  return staffMessages(useContext(StaffLocale));
}
