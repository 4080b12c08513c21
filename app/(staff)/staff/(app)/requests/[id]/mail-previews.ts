import type { Workspace } from "@/lib/requests/staff/workspace";
import { transitionMailPreview } from "@/lib/requests/staff/transition-mail-preview";
import type { RenderedMail } from "./live-mail-preview";

/**
 * The extension and refusal mails as the untouched forms would send them (nothing typed yet), rendered
 * like the mail job renders them; the forms re-render them live as the member types (preview-actions.ts).
 */
export async function mailPreviews(ws: Workspace): Promise<{ extend?: RenderedMail; refuse?: RenderedMail }> {
  const r = ws.request;
  const previews: { extend?: RenderedMail; refuse?: RenderedMail } = {};
  if (ws.menu.includes("extend") && ws.deadline.extendedDueDate)
    previews.extend = await transitionMailPreview(
      r,
      { template: "extension_notice", reason: "" },
      { dueDate: ws.deadline.extendedDueDate },
    );
  if (ws.menu.includes("refuse"))
    previews.refuse = await transitionMailPreview(r, { template: "refusal", reasonCode: "other", reasonText: "" });
  return previews;
}
