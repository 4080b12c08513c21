"use server";

import { revalidatePath } from "next/cache";
import { currentStaff } from "@/lib/auth/session";
import { liftRestriction, liftRestrictionInput } from "@/lib/fulfilment/decisions/lift-restriction";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { staffMessages } from "@/lib/i18n/staff";

const liftOp = staffAction("restrictions.lift", {
  input: liftRestrictionInput,
  policy: "restriction.lift",
  run: async (input, staff) => {
    // The same use case as the request page: the Art. 18(3) notice is planned first, the lift after it.
    await liftRestriction(staff.id, input);
    revalidatePath("/staff/restrictions");
    revalidatePath(`/staff/requests/${input.requestId}`);
    return null;
  },
});

export async function liftFromRegisterAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await liftOp(prev, form);
  return r.ok ? { ...r, message: staffMessages((await currentStaff())?.locale).restrictions.liftStarted } : r;
}
