"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { StaffSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { runStaffOperation, staffAction, type ActionResult } from "@/lib/http/staff-action";
import { staffMessages } from "@/lib/i18n/staff";
import { previewImport, startImport } from "@/lib/requests/import/imports";

// The web server refuses bodies over REQUEST_BODY_LIMIT_BYTES (1 MiB by default) before this runs.
const MAX_BYTES = 1_048_576;

const upload = {
  input: z.object({ file: z.instanceof(File, { error: "choose a CSV file" }) }),
  policy: "request.create" as const,
  run: async (input: { file: File }, staff: StaffSession) => {
    const t = staffMessages(staff.locale).imports;
    if (input.file.size === 0) throw new DomainError("invalid_request", t.noFile, { file: t.noFile });
    if (input.file.size > MAX_BYTES) throw new DomainError("invalid_request", t.tooBig, { file: t.tooBig });
    return previewImport({ staff, fileName: input.file.name || "import.csv", text: await input.file.text() });
  },
};

/** Reads and checks the file (nothing is filed), then shows its preview page. */
export async function uploadImportAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runStaffOperation(upload, { file: form.get("file") }, "imports.upload");
  if (!result.ok) return result;
  redirect(`/staff/requests/import/${result.value.id}`);
}

const start = staffAction("imports.start", {
  input: z.object({ importId: z.uuid() }),
  policy: "request.create",
  run: async (input, staff) => {
    await startImport({ staffId: staff.id, importId: input.importId });
    revalidatePath(`/staff/requests/import/${input.importId}`);
    return null;
  },
});

export async function startImportAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return start(prev, form);
}
