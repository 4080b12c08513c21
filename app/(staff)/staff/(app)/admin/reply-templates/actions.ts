"use server";

import { revalidatePath } from "next/cache";
import { currentStaff } from "@/lib/auth/session";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { staffMessages } from "@/lib/i18n/staff";
import {
  createReplyTemplate,
  deleteReplyTemplateInput,
  editReplyTemplate,
  removeReplyTemplate,
  replyTemplateInput,
  updateReplyTemplateInput,
} from "@/lib/requests/reply-templates/manage-reply-templates";

const PATH = "/staff/admin/reply-templates";
const words = async () => staffMessages((await currentStaff())?.locale).replyTemplates;

const createOp = staffAction("reply_templates.create", {
  input: replyTemplateInput,
  policy: "reply_templates.manage",
  run: async (input, staff) => {
    const out = await createReplyTemplate(staff.id, input);
    revalidatePath(PATH);
    return out;
  },
});
const updateOp = staffAction("reply_templates.update", {
  input: updateReplyTemplateInput,
  policy: "reply_templates.manage",
  run: async (input, staff) => {
    await editReplyTemplate(staff.id, input);
    revalidatePath(PATH);
    return null;
  },
});
const deleteOp = staffAction("reply_templates.delete", {
  input: deleteReplyTemplateInput,
  policy: "reply_templates.manage",
  run: async (input, staff) => {
    await removeReplyTemplate(staff.id, input);
    revalidatePath(PATH);
    return null;
  },
});

export async function createReplyTemplateAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await createOp(prev, form);
  return r.ok ? { ...r, message: (await words()).created } : r;
}
export async function updateReplyTemplateAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await updateOp(prev, form);
  return r.ok ? { ...r, message: (await words()).saved } : r;
}
export async function deleteReplyTemplateAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await deleteOp(prev, form);
  return r.ok ? { ...r, message: (await words()).removed } : r;
}
