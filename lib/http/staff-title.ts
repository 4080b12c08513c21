import type { Metadata } from "next";
import { browserLocale, currentStaff } from "@/lib/auth/session";
import { staffMessages, type StaffMessages } from "@/lib/i18n/staff";

type TitleKey = Exclude<keyof StaffMessages["titles"], "suffix">;

/**
 * A staff page's `generateMetadata`: the browser tab's title in the member's language (the session
 * look-up is the page's own, shared through React's cache), else the browser's.
 */
export function staffTitle(key: TitleKey, extra: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => {
    const staff = await currentStaff();
    const t = staffMessages(staff?.locale ?? (await browserLocale())).titles;
    return { ...extra, title: `${t[key]} — ${t.suffix}` };
  };
}
