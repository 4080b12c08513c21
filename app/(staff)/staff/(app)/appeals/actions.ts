"use server";

import { revalidatePath } from "next/cache";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { decideAppeal, decideAppealInput } from "@/lib/requests/appeals/decide-appeal";
import { extendAppeal, extendAppealInput } from "@/lib/requests/appeals/extend-appeal";
import { controllerProfile } from "@/lib/env";
import { appealDecisionMessage, appealExtensionMessage } from "./action-words";

const decide = staffAction("appeal.decide", {
  input: decideAppealInput,
  policy: "request.decide_appeal",
  run: async (input, staff) => {
    const out = await decideAppeal(input, staff);
    revalidatePath("/staff/appeals");
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { ...out, message: appealDecisionMessage(out.decided, staff.locale) };
  },
});

export async function decideAppealAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await decide(prev, form);
  if (!result.ok) return result;
  return { ...result, message: result.value.message };
}

const extend = staffAction("appeal.extend", {
  input: extendAppealInput,
  policy: "request.decide_appeal",
  run: async (input, staff) => {
    const out = await extendAppeal(input, staff);
    revalidatePath("/staff/appeals");
    revalidatePath(`/staff/requests/${input.requestId}`);
    return { ...out, message: appealExtensionMessage(out, staff.locale, controllerProfile().timeZone) };
  },
});

/** Where the state's law allows it (CO, OR, MN, NJ): the decision date moved once, the person mailed. */
export async function extendAppealAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await extend(prev, form);
  if (!result.ok) return result;
  return { ...result, message: result.value.message };
}
