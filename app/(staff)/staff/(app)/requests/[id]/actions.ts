"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addNote } from "@/lib/requests/staff/add-note";
import { correctResidence, correctResidenceInput } from "@/lib/requests/staff/correct-residence";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { verifyIdentityByStaff, verifyIdentityInput } from "@/lib/requests/verification/verify-by-staff";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { staffTransitionInput } from "@/lib/requests/transitions/staff-transition-input";
import { STAFF_TRANSITION_POLICY, STAFF_TRANSITION_SPECS } from "@/lib/requests/transitions/staff-transition-specs";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { currentStaff } from "@/lib/auth/session";
import { staffMessages } from "@/lib/i18n/staff";

const transition = staffAction("request.transition", {
  input: staffTransitionInput,
  policy: STAFF_TRANSITION_POLICY,
  run: async (input, staff) => {
    const row = await runStaffTransition(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { type: input.type, version: row.version };
  },
});

/** The workspace's words in the signed-in member's language (for the confirmations below). */
const words = async () => staffMessages((await currentStaff())?.locale).workspace;

export async function transitionAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await transition(prev, form);
  return result.ok ? { ...result, message: STAFF_TRANSITION_SPECS[result.value.type].done } : result;
}

const message = staffAction("request.message", {
  input: z.object({ requestId: z.uuid(), message: z.string().max(5000, "must be at most 5000 characters") }),
  policy: "request.message",
  run: async (input, staff) => {
    const out = await sendStaffMessage({ requestId: input.requestId, staffId: staff.id, message: input.message });
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function sendMessageAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await message(prev, form);
  return result.ok ? { ...result, message: (await words()).messageSent } : result;
}

const note = staffAction("request.note", {
  input: z.object({ requestId: z.uuid(), body: z.string().max(5000, "must be at most 5000 characters") }),
  policy: "request.note",
  run: async (input, staff) => {
    const out = await addNote({ requestId: input.requestId, staffId: staff.id, body: input.body });
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function addNoteAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await note(prev, form);
  return result.ok ? { ...result, message: (await words()).noteAdded } : result;
}

const correction = staffAction("request.correct_regime", {
  input: correctResidenceInput,
  policy: "request.correct_regime",
  run: async (input, staff) => {
    const row = await correctResidence(input, staff.id);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { regime: row.regime, dueDate: row.dueDate, version: row.version };
  },
});

export async function correctResidenceAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await correction(prev, form);
  return result.ok
    ? { ...result, message: `Regime corrected to ${result.value.regime}; due date now ${result.value.dueDate}.` }
    : result;
}

const identity = staffAction("request.verify_identity", {
  input: verifyIdentityInput,
  policy: "request.verify_identity",
  run: async (input, staff) => {
    const row = await verifyIdentityByStaff(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { version: row.version };
  },
});

export async function verifyIdentityAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await identity(prev, form);
  return result.ok ? { ...result, message: "Identity recorded as verified; the person is acknowledged." } : result;
}
