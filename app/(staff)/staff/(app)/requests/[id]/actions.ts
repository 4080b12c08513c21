"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addNote } from "@/lib/requests/staff/add-note";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import {
  runStaffTransition,
  staffTransitionInput,
  transitionPolicy,
} from "@/lib/requests/transitions/staff-transition";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";

const DONE: Record<string, string> = {
  assign: "Assignment saved.",
  start: "Work started.",
  ask_subject: "Question sent to the subject.",
  submit_for_review: "Submitted for review.",
  complete: "Request completed.",
  extend: "Deadline extended; the subject is notified.",
  refuse: "Request refused; the subject is notified.",
  withdraw: "Request withdrawn.",
  reopen: "Request reopened.",
};

const transition = staffAction("request.transition", {
  input: staffTransitionInput,
  policy: transitionPolicy,
  run: async (input, staff) => {
    const row = await runStaffTransition(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { type: input.type, version: row.version };
  },
});

export async function transitionAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await transition(prev, form);
  return result.ok ? { ...result, message: DONE[result.value.type] } : result;
}

const message = staffAction("request.message", {
  input: z.object({ requestId: z.uuid(), message: z.string().max(5000, "must be at most 5000 characters") }),
  policy: () => "request.message",
  run: async (input, staff) => {
    const out = await sendStaffMessage({ requestId: input.requestId, staffId: staff.id, message: input.message });
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function sendMessageAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await message(prev, form);
  return result.ok ? { ...result, message: "Message sent to the subject." } : result;
}

const note = staffAction("request.note", {
  input: z.object({ requestId: z.uuid(), body: z.string().max(5000, "must be at most 5000 characters") }),
  policy: () => "request.note",
  run: async (input, staff) => {
    const out = await addNote({ requestId: input.requestId, staffId: staff.id, body: input.body });
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function addNoteAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await note(prev, form);
  return result.ok ? { ...result, message: "Note added." } : result;
}
