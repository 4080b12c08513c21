"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addNote } from "@/lib/requests/staff/add-note";
import { correctResidence, correctResidenceInput } from "@/lib/requests/staff/correct-residence";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { verifyIdentityByStaff, verifyIdentityInput } from "@/lib/requests/verification/verify-by-staff";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { staffTransitionInput } from "@/lib/requests/transitions/staff-transition-input";
import { STAFF_TRANSITION_POLICY } from "@/lib/requests/transitions/staff-transition-specs";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { currentStaff } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";

const transition = staffAction("request.transition", {
  input: staffTransitionInput,
  policy: STAFF_TRANSITION_POLICY,
  run: async (input, staff) => {
    const row = await runStaffTransition(input, staff);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { type: input.type, version: row.version };
  },
});

/** The signed-in member's language, and the workspace's words in it (for the confirmations below). */
const staffLocale = async () => (await currentStaff())?.locale;
const words = async () => staffMessages(await staffLocale()).workspace;

export async function transitionAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await transition(prev, form);
  return result.ok
    ? { ...result, message: staffMessages(await staffLocale()).actions.transitions[result.value.type].done }
    : result;
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
    const { request: row, subjectTold } = await correctResidence(input, staff.id);
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { regime: row.regime, dueDate: row.dueDate, version: row.version, subjectTold };
  },
});

export async function correctResidenceAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await correction(prev, form);
  if (!result.ok) return result;
  const locale = await staffLocale();
  const date = formatStaffDay(result.value.dueDate, locale);
  return {
    ...result,
    message: fill(
      result.value.subjectTold
        ? staffMessages(locale).workspace.regimeCorrectedTold
        : staffMessages(locale).workspace.regimeCorrected,
      { regime: result.value.regime, date },
    ),
  };
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
  return result.ok ? { ...result, message: (await words()).identityVerified } : result;
}
