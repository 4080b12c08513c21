"use server";

import { revalidatePath } from "next/cache";
import { currentStaff } from "@/lib/auth/session";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import {
  acknowledgeComplaint,
  acknowledgeComplaintInput,
  answerComplaint,
  answerComplaintInput,
} from "@/lib/requests/complaints/handle-complaint";
import { notifyNewDate, notifyNewDateInput } from "@/lib/requests/staff/notify-new-date";

/** The signed-in member's words for an action's success message. */
const doneWords = async () => staffMessages((await currentStaff())?.locale).gates.done;
const newDate = staffAction("request.notify_new_date", {
  input: notifyNewDateInput,
  policy: "request.notify_new_date",
  run: async (input, staff) => {
    const out = await notifyNewDate(input, staff.id);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function notifyNewDateAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await newDate(prev, form);
  if (!result.ok) return result;
  return {
    ...result,
    message: result.value.noticeId
      ? fill((await doneWords()).newDateSent, {
          date: formatStaffDay(result.value.newDate, (await currentStaff())?.locale),
        })
      : (await doneWords()).newDateAlready,
  };
}

const acknowledge = staffAction("complaint.acknowledge", {
  input: acknowledgeComplaintInput,
  policy: "request.handle_complaint",
  run: async (input, staff) => {
    const out = await acknowledgeComplaint(input, staff.id);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function acknowledgeComplaintAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await acknowledge(prev, form);
  if (!result.ok) return result;
  return {
    ...result,
    message: result.value.acknowledged
      ? (await doneWords()).complaintAcknowledged
      : (await doneWords()).complaintAlreadyAcknowledged,
  };
}

const answer = staffAction("complaint.answer", {
  input: answerComplaintInput,
  policy: "request.handle_complaint",
  run: async (input, staff) => {
    const out = await answerComplaint(input, staff.id);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function answerComplaintAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await answer(prev, form);
  if (!result.ok) return result;
  return {
    ...result,
    message: result.value.answered ? (await doneWords()).outcomeSent : (await doneWords()).outcomeAlready,
  };
}
