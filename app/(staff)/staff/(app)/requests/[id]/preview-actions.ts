"use server";

import { z } from "zod";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import { REFUSAL_REASONS } from "@/lib/domain/vocabulary";
import { runStaffOperation, type ActionResult } from "@/lib/http/staff-action";
import { transitionMailPreview } from "@/lib/requests/staff/transition-mail-preview";
import { detail } from "@/lib/domain/error-details";

const previewInput = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("refuse"),
    requestId: z.uuid(),
    reasonCode: z.enum(REFUSAL_REASONS),
    reasonText: z.string().max(5000, "must be at most 5000 characters"),
  }),
  z.object({
    type: z.literal("extend"),
    requestId: z.uuid(),
    reason: z.string().max(2000, "must be at most 2000 characters"),
    newDueDate: z.iso.date(),
  }),
]);
export type MailPreviewInput = z.input<typeof previewInput>;

/**
 * The refusal or extension mail exactly as it will be sent, with what is being typed, rendered by the
 * same data builder and template as the mail job (the live preview of the action menu). Renders
 * nothing about the subject beyond what the form already shows (reference, regime); no state changes.
 */
export async function previewTransitionMail(
  input: MailPreviewInput,
): Promise<ActionResult<{ subject: string; text: string }>> {
  return runStaffOperation(
    {
      input: previewInput,
      policy: {
        anyOf: ["request.refuse", "request.extend"],
        check: (i) => (i.type === "refuse" ? "request.refuse" : "request.extend"),
      },
      run: async (i) => {
        const request = await findRequest(db(), { id: i.requestId });
        if (!request) throw new DomainError("not_found", detail("requests.preview_request_not_found"));
        const mail =
          i.type === "refuse"
            ? await transitionMailPreview(request, {
                template: "refusal",
                reasonCode: i.reasonCode,
                reasonText: i.reasonText,
              })
            : await transitionMailPreview(
                request,
                { template: "extension_notice", reason: i.reason },
                { dueDate: i.newDueDate },
              );
        return mail;
      },
    },
    input,
    "request.preview_mail",
  );
}
