"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { clientIp } from "@/lib/net/client-address";
import { newPasswordInput } from "./new-password-input";

const change = staffAction("account.change_password", {
  input: newPasswordInput
    .extend({ currentPassword: z.string().min(1, "is required").max(256) })
    .refine((v) => v.newPassword === v.confirmPassword, {
      path: ["confirmPassword"],
      error: "does not match the new password",
    }),
  policy: "account.change_password",
  allowedBeforePasswordChange: true,
  run: async (input, staff) => {
    const ip = clientIp(new Request("http://staff.invalid/", { headers: await headers() }));
    await changeOwnPassword({
      userId: staff.id,
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      ip,
    });
    return null;
  },
});

export async function changePasswordAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return change(prev, form);
}
