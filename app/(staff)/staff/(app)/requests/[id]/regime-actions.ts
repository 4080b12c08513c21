"use server";

import { revalidatePath } from "next/cache";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import {
  acknowledgeComplaint,
  acknowledgeComplaintInput,
  answerComplaint,
  answerComplaintInput,
} from "@/lib/requests/complaints/handle-complaint";
import { notifyNewDate, notifyNewDateInput } from "@/lib/requests/staff/notify-new-date";

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
      ? `The person is told we will answer by ${result.value.newDate}.`
      : `This date was already notified; nothing was sent again.`,
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
    message: result.value.acknowledged ? "Complaint acknowledged; the person is told." : "Already acknowledged.",
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
  return { ...result, message: result.value.answered ? "Outcome sent to the person." : "Already answered." };
}
