import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import type { MailTemplate, TemplateName, TemplateParams } from "./types";
import * as appealDecision from "./appeal-decision";
import * as appealExtension from "./appeal-extension";
import * as appealReceived from "./appeal-received";
import * as agentNotice from "./agent-notice";
import * as clarificationRequest from "./clarification-request";
import * as completion from "./completion";
import * as complaintAcknowledged from "./complaint-acknowledged";
import * as complaintOutcome from "./complaint-outcome";
import * as downloadCode from "./download-code";
import * as extensionNotice from "./extension-notice";
import * as lostLink from "./lost-link";
import * as newDateNotice from "./new-date-notice";
import * as refusal from "./refusal";
import * as regimeCorrectionNotice from "./regime-correction-notice";
import * as requestReceived from "./request-received";
import * as restrictionLiftCancelled from "./restriction-lift-cancelled";
import * as restrictionLiftNotice from "./restriction-lift-notice";
import * as staffMessage from "./staff-message";
import * as verification from "./verification";
import * as verificationExpired from "./verification-expired";
import * as verificationReminder from "./verification-reminder";
import * as withdrawalConfirmation from "./withdrawal-confirmation";
import type { MailWording, WordedBrand } from "./wording";
import { renderCached } from "./render-cache";

export type { CompletionResult, TemplateName, TemplateParams } from "./types";
export { humaniseName, tableLabel } from "./format";

const TEMPLATES: { [K in TemplateName]: MailTemplate<TemplateParams[K]> } = {
  verification,
  verification_reminder: verificationReminder,
  request_received: requestReceived,
  verification_expired: verificationExpired,
  withdrawal_confirmation: withdrawalConfirmation,
  clarification_request: clarificationRequest,
  extension_notice: extensionNotice,
  refusal,
  completion,
  staff_message: staffMessage,
  agent_notice: agentNotice,
  lost_link: lostLink,
  download_code: downloadCode,
  restriction_lift_notice: restrictionLiftNotice,
  restriction_lift_cancelled: restrictionLiftCancelled,
  new_date_notice: newDateNotice,
  regime_correction_notice: regimeCorrectionNotice,
  complaint_acknowledged: complaintAcknowledged,
  complaint_outcome: complaintOutcome,
  appeal_decision: appealDecision,
  appeal_received: appealReceived,
  appeal_extension: appealExtension,
};

// Headings are not shouted in the plain-text version.
const TEXT_OPTIONS = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

/** Every *Url parameter must be an absolute http(s) URL: a javascript: or relative link never reaches a mail. */
function assertUrls(name: TemplateName, params: object): void {
  for (const [key, value] of Object.entries(params)) {
    if (!key.endsWith("Url")) continue;
    if (typeof value !== "string" || !/^https?:\/\/[^\s]+$/i.test(value)) {
      throw new TypeError(`Mail template ${name}: ${key} must be an absolute http(s) URL`);
    }
  }
}

/** Renders a subject-facing mail in the subject's language: subject line, plain text and HTML carrying the same information. */
export async function renderMail<T extends TemplateName>(
  name: T,
  locale: Locale,
  params: TemplateParams[T],
  brand: Branding,
  wording?: MailWording | null,
): Promise<{ subject: string; text: string; html: string }> {
  const template = TEMPLATES[name] as MailTemplate<TemplateParams[T]>;
  if (!template) throw new TypeError(`Unknown mail template: ${String(name)}`);
  if (locale !== "fr" && locale !== "en") throw new TypeError(`Unsupported mail locale: ${String(locale)}`);
  assertUrls(name, params);
  // The same bytes as rendering it here, from a cache when only the reference, link and code differ.
  return renderCached(name, params as Record<string, unknown>, [locale, brand, wording ?? null], (p) =>
    renderDirect(template, locale, p as TemplateParams[T], brand, wording),
  );
}

/** renderMail without its cache (for tests that prove the cache changes no byte). */
export async function renderMailUncached<T extends TemplateName>(
  name: T,
  locale: Locale,
  params: TemplateParams[T],
  brand: Branding,
  wording?: MailWording | null,
): Promise<{ subject: string; text: string; html: string }> {
  assertUrls(name, params);
  return renderDirect(TEMPLATES[name] as MailTemplate<TemplateParams[T]>, locale, params, brand, wording);
}

async function renderDirect<P>(
  template: MailTemplate<P>,
  locale: Locale,
  params: P,
  brand: Branding,
  wording?: MailWording | null,
): Promise<{ subject: string; text: string; html: string }> {
  // Admin wording fills only the layout's free slots; the template's own parts are rendered as always.
  const worded: WordedBrand = wording ? { ...brand, wording } : brand;
  const html = await render(createElement(template.Component, { locale, params, brand: worded }));
  const text = toPlainText(html, TEXT_OPTIONS).trim() + "\n";
  // One line, so that nothing typed into a reference or company name can add a mail header.
  const subject = template
    .subject(locale, params, brand)
    .replace(/[\r\n\t]+/g, " ")
    .trim();
  return { subject, text, html };
}

export function templateNames(): TemplateName[] {
  return Object.keys(TEMPLATES) as TemplateName[];
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

export { sampleCompletionResult, sampleCompletionWithResult, sampleParams } from "./samples";
