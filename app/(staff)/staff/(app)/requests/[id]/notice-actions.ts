"use server";

import { revalidatePath } from "next/cache";
import { acknowledgeNotice, acknowledgeNoticeInput } from "@/lib/fulfilment/recipient-notices/acknowledge-notice";
import { noticeInput, resendNotice } from "@/lib/fulfilment/recipient-notices/resend-notice";
import { currentStaff } from "@/lib/auth/session";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";

/** The signed-in member's words for an action's success message. */
const doneWords = async () => staffMessages((await currentStaff())?.locale).gates.done;
const resendOp = staffAction("fulfilment.resend_notice", {
  input: noticeInput,
  policy: "fulfilment.task",
  run: async (input, staff) => {
    const out = await resendNotice(staff.id, input);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

/** Art. 19: send a recipient's notice again. */
export async function resendNoticeAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await resendOp(prev, form);
  return r.ok ? { ...r, message: fill((await doneWords()).noticeResent, { n: r.value.sendCount }) } : r;
}

const acknowledgeOp = staffAction("fulfilment.acknowledge_notice", {
  input: acknowledgeNoticeInput,
  policy: "fulfilment.task",
  run: async (input, staff) => {
    await acknowledgeNotice(staff.id, input);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return null;
  },
});

/** Art. 19: record that the recipient confirmed the notice. */
export async function acknowledgeNoticeAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await acknowledgeOp(prev, form);
  return r.ok ? { ...r, message: (await doneWords()).noticeAcknowledged } : r;
}
