import { cache } from "react";
import { getServerSession } from "next-auth";
import { timed } from "@/lib/net/server-timing";
import { db } from "@/lib/db/client";
import { findStaffById } from "@/lib/db/queries/staff";
import { negotiateLocale, toLocale, type Locale } from "@/lib/domain/locale";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { authOptions } from "./options";

export interface StaffSession {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** An admin-issued password still in use: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
  /** The language of the staff screens: the member's choice, else the browser's (Accept-Language), else English. */
  locale?: Locale;
}

/** The browser's preferred language of this request; English outside a request (scripts, tests). */
export async function browserLocale(): Promise<Locale> {
  try {
    const { headers } = await import("next/headers");
    return negotiateLocale((await headers()).get("accept-language"));
  } catch {
    return "en";
  }
}

/**
 * The signed-in staff member, re-read from the database on every call: a deactivated account or a
 * changed role (session version bumped) no longer has a session, whatever the cookie says.
 */
async function loadCurrentStaff(): Promise<StaffSession | null> {
  const session = (await timed("session", () => getServerSession(authOptions))) as { uid?: string; sv?: number } | null;
  const uid = session?.uid;
  if (!uid) return null;
  const user = await timed("db.staff", () => findStaffById(db(), { id: uid }));
  if (!user || !user.active || user.sessionVersion !== session?.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    locale: user.locale ? toLocale(user.locale) : await browserLocale(),
  };
}

/**
 * Once per page render: the layout, the bell and the page share one look-up (React's `cache` is
 * per request in server components; elsewhere — actions, routes, scripts — each call reads afresh).
 */
export const currentStaff = cache(loadCurrentStaff);
