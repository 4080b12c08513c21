import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { lockStaffUser, updateStaffUser } from "@/lib/db/queries/staff-users";
import { DomainError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/domain/locale";
import { detail } from "@/lib/domain/error-details";

/**
 * A staff member chooses the language of their screens. Saved with its audit entry in one
 * transaction; choosing the language already saved changes nothing and writes nothing (a double
 * submit is harmless). Sessions go on: a language is not a security setting.
 */
export async function setStaffLanguage(p: { userId: string; locale: Locale }): Promise<{ changed: boolean }> {
  return db().transaction(async (tx) => {
    const user = await lockStaffUser(tx, { id: p.userId });
    if (!user || !user.active) throw new DomainError("unauthenticated", detail("common.session_ended"));
    if (user.locale === p.locale) return { changed: false };
    await updateStaffUser(tx, { id: user.id, set: { locale: p.locale }, endSessions: false });
    await appendAudit(tx, {
      actor: { type: "staff", id: user.id },
      action: "staff.language_changed",
      payload: { from: user.locale, to: p.locale },
    });
    return { changed: true };
  });
}
