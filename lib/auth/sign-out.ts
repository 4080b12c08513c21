import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { endSessionsAtVersion } from "@/lib/db/queries/staff-users";

/**
 * Sign-out ends the session for real. A JWT session lives in the cookie, so deleting the cookie does
 * not stop a copy of it; bumping the account's session version (which currentStaff compares on every
 * page, action and route) does. It ends the user's other sessions too: sign-out means "nobody is
 * signed in as me with what I had".
 */
export async function endSessionOnSignOut(token: Record<string, unknown> | null | undefined): Promise<void> {
  if (typeof token?.uid !== "string" || typeof token.sv !== "number") return;
  const { uid, sv } = token;
  await db().transaction(async (tx) => {
    if (!(await endSessionsAtVersion(tx, { id: uid, sessionVersion: sv }))) return;
    await appendAudit(tx, { actor: { type: "staff", id: uid }, action: "staff.signed_out", payload: {} });
  });
}
