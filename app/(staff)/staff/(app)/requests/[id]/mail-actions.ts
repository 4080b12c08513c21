"use server";

import { revalidatePath } from "next/cache";
import { currentStaff } from "@/lib/auth/session";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { staffMessages } from "@/lib/i18n/staff";
import { resendMail, resendMailInput } from "@/lib/mail/resend-mail";

const resend = staffAction("mail.resend", {
  input: resendMailInput,
  policy: "fulfilment.retry",
  run: async (input, staff) => {
    const out = await resendMail(staff.id, input);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

/** Resend one failed, given-up or uncertain mail of the request (audited as mail.resent). */
export async function resendMailAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await resend(prev, form);
  return r.ok ? { ...r, message: staffMessages((await currentStaff())?.locale).workspace.mailQueuedAgain } : r;
}
