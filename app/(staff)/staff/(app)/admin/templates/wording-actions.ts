"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentStaff } from "@/lib/auth/session";
import { runStaffOperation, staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { renderWordingPreview } from "@/lib/mail/preview";
import { isTemplateName } from "@/lib/mail/templates";
import { parseMailWording } from "@/lib/mail/wording-input";
import { setMailWording } from "@/lib/requests/mail-wording/set-mail-wording";

const saveOp = staffAction("templates.wording", {
  // The use case validates (slots only, plain text): the raw form goes through as it is.
  input: z.record(z.string(), z.unknown()),
  policy: "templates.manage",
  run: async (input, staff) => {
    const out = await setMailWording(staff.id, input);
    revalidatePath("/staff/admin/templates");
    return out;
  },
});

export async function saveWordingAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await saveOp(prev, form);
  if (!r.ok) return r;
  const t = staffMessages((await currentStaff())?.locale).mailWording;
  const version = (r.value as { version: number | null }).version;
  return { ...r, message: version === null ? t.reset : fill(t.saved, { version: String(version) }) };
}

/** The live preview: the draft rendered with sample data, nothing stored (validated like a save). */
export async function previewWordingAction(draft: {
  template: string;
  locale: string;
  intro: string;
  outro: string;
}): Promise<ActionResult<{ html: string }>> {
  return runStaffOperation(
    {
      input: z.record(z.string(), z.unknown()),
      policy: "templates.manage",
      run: async (raw) => {
        const w = parseMailWording(raw);
        if (!isTemplateName(w.template)) throw new Error("unreachable: validated template");
        const { html } = await renderWordingPreview(w.template, w.locale, w);
        return { html };
      },
    },
    draft,
    "templates.wording_preview",
  );
}
