"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { issuePasswordReset } from "@/lib/auth/password-reset";
import { changeStaff, inviteStaff } from "@/lib/auth/staff-admin";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { currentStaff } from "@/lib/auth/session";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";

/** The signed-in admin's words for the success messages. */
const words = async () => staffMessages((await currentStaff())?.locale).users;

const invite = staffAction("users.invite", {
  input: z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "must be a valid e-mail address" })),
    name: z.string().trim().min(1, "is required").max(200),
    role: z.enum(STAFF_ROLES),
  }),
  policy: "users.manage",
  run: async (input, staff) => {
    const out = await inviteStaff({ adminId: staff.id, ...input });
    revalidatePath("/staff/admin/users");
    return out;
  },
});

export async function inviteAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await invite(prev, form);
  return result.ok
    ? {
        ...result,
        message: fill((await words()).created, { password: result.value.temporaryPassword }),
      }
    : result;
}

const change = staffAction("users.change", {
  input: z.object({
    userId: z.uuid(),
    kind: z.enum(["role", "activate", "deactivate", "reset_totp"]),
    role: z.enum(STAFF_ROLES).optional(),
  }),
  policy: "users.manage",
  run: async (input, staff) => {
    const c =
      input.kind === "role"
        ? { kind: "role" as const, role: input.role ?? "agent" }
        : input.kind === "reset_totp"
          ? { kind: "reset_totp" as const }
          : { kind: "active" as const, active: input.kind === "activate" };
    await changeStaff({ adminId: staff.id, userId: input.userId, change: c });
    revalidatePath("/staff/admin/users");
    return null;
  },
});

export async function changeUserAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await change(prev, form);
  return result.ok ? { ...result, message: (await words()).saved } : result;
}

const resetPassword = staffAction("users.reset_password", {
  input: z.object({ userId: z.uuid({ error: "must be a staff account id" }) }),
  policy: "users.manage",
  run: async (input, staff) => {
    const out = await issuePasswordReset({ adminId: staff.id, userId: input.userId });
    revalidatePath("/staff/admin/users");
    return out;
  },
});

export async function resetPasswordAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await resetPassword(prev, form);
  return result.ok
    ? {
        ...result,
        message: fill((await words()).passwordReset, { email: result.value.email }),
      }
    : result;
}
