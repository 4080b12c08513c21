"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setStaffLanguage } from "@/lib/auth/staff-language";
import { LOCALES } from "@/lib/domain/locale";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";

const change = staffAction("account.set_language", {
  input: z.object({ locale: z.enum(LOCALES, { error: "must be fr or en" }) }),
  policy: "account.preferences",
  // Someone who must replace an admin-issued password may still read that page in their language.
  allowedBeforePasswordChange: true,
  run: async (input, staff) => setStaffLanguage({ userId: staff.id, locale: input.locale }),
});

/** Saves the signed-in member's screen language (audited as staff.language_changed). */
export async function setLanguageAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await change(prev, form);
  if (result.ok) revalidatePath("/staff", "layout");
  return result;
}
