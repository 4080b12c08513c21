"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentStaff } from "@/lib/auth/session";
import { runStaffOperation, type ActionResult } from "@/lib/http/staff-action";
import { staffMessages } from "@/lib/i18n/staff";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";

const input = z.object({
  requestId: z.uuid(),
  message: z.string().max(5000, "must be at most 5000 characters"),
  attachments: z.array(z.instanceof(File)),
});

const op = {
  input,
  policy: "request.message" as const,
  run: async (i: z.output<typeof input>, staff: { id: string }) => {
    // Sizes are checked in the use case; a browser sends an empty, nameless file for an empty input.
    const attachments = await Promise.all(
      i.attachments
        .filter((f) => f.size > 0 || f.name !== "")
        .map(async (f) => ({ name: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
    );
    const out = await sendStaffMessage({ requestId: i.requestId, staffId: staff.id, message: i.message, attachments });
    revalidatePath(`/staff/requests/${i.requestId}`);
    return out;
  },
};

/** The thread's composer: the message, its attached files (multipart), through the one staff wrapper. */
export async function sendThreadMessageAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const raw = {
    requestId: form.get("requestId"),
    message: form.get("message") ?? "",
    // A file input left empty still posts one nameless, empty part: that is no attachment.
    attachments: form.getAll("attachments").filter((v) => v instanceof File && v.size > 0),
  };
  const result = await runStaffOperation(op, raw, "request.message");
  return result.ok
    ? { ...result, message: staffMessages((await currentStaff())?.locale).workspace.messageSent }
    : result;
}
