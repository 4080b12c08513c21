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

/** One entry of the templates page's list: which mail, for whom, in which language (nothing rendered). */
export type MailPreviewEntry = Pick<MailPreview, "key" | "audience" | "locale">;

// The staff mails with sample data, rendered only when asked for (the page shows one mail at a time).
const STAFF_SAMPLES: Record<string, (locale: Locale) => Promise<{ subject: string; text: string; html: string }>> = {
  staff_account_locked: (locale) =>
    staffMails.accountLocked({
      locale,
      timeZone: "Europe/Paris",
      name: "Alex Agent",
      failures: 20,
      lockedUntil: "2026-12-15T10:30:00.000Z",
      signInUrl: "https://privacy.example.com/staff/signin",
    }),
  staff_password_reset: (locale) =>
    staffMails.passwordReset({
      locale,
      timeZone: "Europe/Paris",
      name: "Alex Agent",
      resetUrl: "https://privacy.example.com/staff/reset-password/xxxxxxxx",
      expiresAt: "2026-12-16T10:30:00.000Z",
    }),
  staff_assignment: (locale) =>
    staffMails.assignment({
      locale,
      reference: "DSR-2026-000123",
      type: "access",
      dueDate: "2026-12-15",
      assignedBy: "Dora DPO",
      requestUrl: "https://privacy.example.com/staff/requests/x",
    }),
  "staff_deadline_alert (due in 3 days)": (locale) =>
    staffMails.deadlineAlert({
      locale,
      reference: "DSR-2026-000123",
      threshold: "due_in_3",
      dueDate: "2026-12-15",
      firstDueDate: "2026-12-15",
      requestUrl: "https://privacy.example.com/staff/requests/x",
      assigneeName: "Alex Agent",
    }),
  "staff_escalation (overdue)": (locale) =>
    staffMails.deadlineAlert({
      locale,
      reference: "DSR-2026-000124",
      threshold: "overdue",
      dueDate: "2026-11-20",
      firstDueDate: "2026-11-20",
      requestUrl: "https://privacy.example.com/staff/requests/y",
      assigneeName: null,
      daysOverdue: 2,
    }),
  staff_extension_cutoff: (locale) =>
    staffMails.deadlineAlert({
      locale,
      reference: "DSR-2026-000125",
      threshold: "extension_cutoff",
      dueDate: "2026-11-25",
      firstDueDate: "2026-11-25",
      requestUrl: "https://privacy.example.com/staff/requests/z",
      assigneeName: "Dora DPO",
    }),
  staff_digest: (locale) =>
    staffMails.digest({
      locale,
      date: "2026-11-22",
      dashboardUrl: "https://privacy.example.com/staff/dashboard",
      overdue: [{ reference: "DSR-2026-000124", dueDate: "2026-11-20", assignee: null }],
      dueWithin7: [{ reference: "DSR-2026-000123", dueDate: "2026-11-25", assignee: "Alex Agent" }],
      unassigned: [{ reference: "DSR-2026-000124", dueDate: "2026-11-20", assignee: null }],
      perAssignee: [{ assignee: "Alex Agent", open: 4, overdue: 0 }],
    }),
};

/** Every mail the product sends, for /staff/admin/templates' list: subject mails in French and English, then staff mails. */
export function previewEntries(): MailPreviewEntry[] {
  const out: MailPreviewEntry[] = [];
  for (const key of templateNames())
    for (const locale of ["fr", "en"] as const) out.push({ key, audience: "subject", locale });
  for (const key of Object.keys(STAFF_SAMPLES))
    for (const locale of ["fr", "en"] as const) out.push({ key, audience: "staff", locale });
  return out;
}

/**
 * One mail of the list rendered with sample data (a subject mail with its admin wording, if any). The page
 * used to render all of them (~60 react-email renders) on every visit to show one.
 */
export async function renderPreview(
  entry: MailPreviewEntry,
  wordings: { template: string; locale: string; intro: string | null; outro: string | null }[] = [],
): Promise<MailPreview> {
  if (entry.audience === "staff") {
    const render = STAFF_SAMPLES[entry.key];
    if (!render) throw new TypeError(`Unknown staff mail sample: ${entry.key}`);
    return { ...entry, ...(await render(entry.locale)) };
  }
  const name = entry.key as TemplateName;
  const wording = wordings.find((w) => w.template === name && w.locale === entry.locale) ?? null;
  return { ...entry, ...(await renderMail(name, entry.locale, sampleParams(name, entry.locale), branding(), wording)) };
}
