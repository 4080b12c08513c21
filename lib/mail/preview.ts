import { branding } from "@/lib/branding/config";
import { staffMails } from "./staff-templates";
import { renderMail, sampleParams, templateNames, type TemplateName } from "./templates";
import type { Locale } from "@/lib/domain/locale";

export interface MailPreview {
  key: string;
  audience: "subject" | "staff";
  locale: Locale;
  subject: string;
  text: string;
  html: string;
}

/** One subject mail with sample data and a draft wording of its free paragraphs (the editor's live preview). */
export async function renderWordingPreview(
  template: TemplateName,
  locale: Locale,
  wording: { intro: string | null; outro: string | null },
): Promise<{ subject: string; text: string; html: string }> {
  return renderMail(template, locale, sampleParams(template, locale === "fr" ? "fr" : "en"), branding(), wording);
}

/** Every mail the product sends, rendered with sample data, for /staff/admin/templates. */
export async function renderAllPreviews(
  wordings: { template: string; locale: string; intro: string | null; outro: string | null }[] = [],
): Promise<MailPreview[]> {
  const brand = branding();
  const wordingOf = (template: string, locale: string) =>
    wordings.find((w) => w.template === template && w.locale === locale) ?? null;
  const out: MailPreview[] = [];
  for (const name of templateNames()) {
    for (const locale of ["fr", "en"] as const) {
      out.push({
        key: name,
        audience: "subject",
        locale,
        ...(await renderMail(name, locale, sampleParams(name, locale), brand, wordingOf(name, locale))),
      });
    }
  }
  const staffSamples = [
    {
      key: "staff_account_locked",
      mail: await staffMails.accountLocked({
        name: "Alex Agent",
        failures: 20,
        lockedUntil: "2026-12-15T10:30:00.000Z",
        signInUrl: "https://privacy.example.com/staff/signin",
      }),
    },
    {
      key: "staff_password_reset",
      mail: await staffMails.passwordReset({
        name: "Alex Agent",
        resetUrl: "https://privacy.example.com/staff/reset-password/xxxxxxxx",
        expiresAt: "2026-12-16T10:30:00.000Z",
      }),
    },
    {
      key: "staff_assignment",
      mail: await staffMails.assignment({
        reference: "DSR-2026-000123",
        type: "access",
        dueDate: "2026-12-15",
        assignedBy: "Dora DPO",
        requestUrl: "https://privacy.example.com/staff/requests/x",
      }),
    },
    {
      key: "staff_deadline_alert (due in 3 days)",
      mail: await staffMails.deadlineAlert({
        reference: "DSR-2026-000123",
        threshold: "due_in_3",
        dueDate: "2026-12-15",
        firstDueDate: "2026-12-15",
        requestUrl: "https://privacy.example.com/staff/requests/x",
        assigneeName: "Alex Agent",
      }),
    },
    {
      key: "staff_escalation (overdue)",
      mail: await staffMails.deadlineAlert({
        reference: "DSR-2026-000124",
        threshold: "overdue",
        dueDate: "2026-11-20",
        firstDueDate: "2026-11-20",
        requestUrl: "https://privacy.example.com/staff/requests/y",
        assigneeName: null,
        daysOverdue: 2,
      }),
    },
    {
      key: "staff_extension_cutoff",
      mail: await staffMails.deadlineAlert({
        reference: "DSR-2026-000125",
        threshold: "extension_cutoff",
        dueDate: "2026-11-25",
        firstDueDate: "2026-11-25",
        requestUrl: "https://privacy.example.com/staff/requests/z",
        assigneeName: "Dora DPO",
      }),
    },
    {
      key: "staff_digest",
      mail: await staffMails.digest({
        date: "2026-11-22",
        dashboardUrl: "https://privacy.example.com/staff/dashboard",
        overdue: [{ reference: "DSR-2026-000124", dueDate: "2026-11-20", assignee: null }],
        dueWithin7: [{ reference: "DSR-2026-000123", dueDate: "2026-11-25", assignee: "Alex Agent" }],
        unassigned: [{ reference: "DSR-2026-000124", dueDate: "2026-11-20", assignee: null }],
        perAssignee: [{ assignee: "Alex Agent", open: 4, overdue: 0 }],
      }),
    },
  ];
  for (const s of staffSamples) out.push({ key: s.key, audience: "staff", locale: "en", ...s.mail });
  return out;
}
