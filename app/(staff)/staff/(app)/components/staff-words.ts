import { cache } from "react";
import { currentStaff } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain/locale";
import { staffMessages, type StaffMessages } from "@/lib/i18n/staff";

/**
 * The signed-in member's catalogue for server components deeper in a page, read once per render
 * (React cache), so a panel needs no locale prop from its page.
 */
export const currentStaffWords = cache(async (): Promise<StaffMessages> =>
  staffMessages((await currentStaff())?.locale),
);

/** The signed-in member's language, for texts configured in several languages (legal holds). */
export const currentStaffLocale = cache(async (): Promise<Locale> => (await currentStaff())?.locale ?? "en");
