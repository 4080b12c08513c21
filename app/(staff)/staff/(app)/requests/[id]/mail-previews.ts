import { branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { REFUSAL_REASONS } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { renderMail } from "@/lib/mail/templates";
import type { Workspace } from "@/lib/requests/staff/workspace";

const PLACEHOLDER_URL = "https://example.invalid/status";

/** The extension and refusal mails as the subject will read them, in their language and regime, for the forms. */
export async function mailPreviews(
  ws: Workspace,
  locale: Locale,
): Promise<{ extend?: string; refuse?: Record<string, string> }> {
  const r = ws.request;
  const brand = branding();
  const previews: { extend?: string; refuse?: Record<string, string> } = {};
  if (ws.actions.includes("extend") && ws.deadline.extendedDueDate) {
    const mail = await renderMail(
      "extension_notice",
      locale,
      {
        reference: r.reference,
        reason: "[the reason you write above]",
        newDueDate: ws.deadline.extendedDueDate,
        statusUrl: PLACEHOLDER_URL,
        regime: ws.deadline.regime,
        residence: r.jurisdiction,
        authorityName: env().SUPERVISORY_AUTHORITY_NAME,
        authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
      },
      brand,
    );
    previews.extend = `Subject: ${mail.subject}\n\n${mail.text}`;
  }
  if (ws.actions.includes("refuse")) {
    previews.refuse = {};
    for (const code of REFUSAL_REASONS) {
      const mail = await renderMail(
        "refusal",
        locale,
        {
          reference: r.reference,
          type: r.type,
          reasonCode: code,
          reasonText: "[the explanation you write above]",
          regime: ws.deadline.regime,
          residence: r.jurisdiction,
          authorityName: env().SUPERVISORY_AUTHORITY_NAME,
          authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
        },
        brand,
      );
      previews.refuse[code] = `Subject: ${mail.subject}\n\n${mail.text}`;
    }
  }

  return previews;
}
