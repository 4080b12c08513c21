"use server";

import { revalidatePath } from "next/cache";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { decideAppeal, decideAppealInput } from "@/lib/requests/appeals/decide-appeal";

const decide = staffAction("appeal.decide", {
  input: decideAppealInput,
  policy: "request.decide_appeal",
  run: async (input, staff) => {
    const out = await decideAppeal(input, staff);
    revalidatePath("/staff/appeals");
    revalidatePath(`/staff/requests/${input.requestId}`);
    return out;
  },
});

export async function decideAppealAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await decide(prev, form);
  if (!result.ok) return result;
  return {
    ...result,
    message: result.value.decided ? "Decision recorded; the person is told." : "This appeal was already decided.",
  };
}
