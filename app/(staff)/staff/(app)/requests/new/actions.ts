"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";

const create = staffAction("request.create", {
  // The full validation is the intake schema's, run inside the use case.
  input: z.record(z.string(), z.unknown()),
  policy: "request.create",
  run: (input, staff) => submitStaffRequest(input, staff),
});

export async function createRequestAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await create(prev, form);
  if (!result.ok) return result;
  redirect(`/staff/requests/${result.value.id}`);
}
