import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import {
  AccountLocked,
  accountLockedSubject,
  PasswordReset,
  passwordResetSubject,
  type AccountLockedParams,
  type PasswordResetParams,
} from "./account-security";
import { Assignment, assignmentSubject, type AssignmentParams } from "./assignment";
import { DeadlineAlert, deadlineAlertSubject, type DeadlineAlertParams } from "./deadline-alert";
import { Digest, digestSubject, type DigestParams } from "./digest";
import { RecipientNotice, recipientNoticeSubject, type RecipientNoticeParams } from "./recipient-notice";

export type { AccountLockedParams, PasswordResetParams } from "./account-security";
export type { AssignmentParams } from "./assignment";
export type { DeadlineAlertParams } from "./deadline-alert";
export type { DigestParams } from "./digest";
export type { RecipientNoticeAction, RecipientNoticeParams } from "./recipient-notice";

// Headings not shouted in the plain text (used for the mail that leaves the company).
const PLAIN_HEADINGS = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

async function renderParts(
  element: ReturnType<typeof createElement>,
  subject: string,
  textOptions?: Parameters<typeof toPlainText>[1],
) {
  const html = await render(element);
  return {
    subject: subject.replace(/[\r\n\t]+/g, " ").trim(),
    html,
    text: toPlainText(html, textOptions).trim() + "\n",
  };
}

/** Staff mails, each in its reader's language (staff_users.locale, English when none): assignment, deadline alerts and escalations, the daily digest, account security; Art. 19 notices to recipients of the data. */
export const staffMails = {
  assignment: (p: AssignmentParams) => renderParts(createElement(Assignment, { params: p }), assignmentSubject(p)),
  deadlineAlert: (p: DeadlineAlertParams) =>
    renderParts(createElement(DeadlineAlert, { params: p }), deadlineAlertSubject(p)),
  digest: (p: DigestParams) => renderParts(createElement(Digest, { params: p }), digestSubject(p)),
  accountLocked: (p: AccountLockedParams) =>
    renderParts(createElement(AccountLocked, { params: p }), accountLockedSubject(p)),
  passwordReset: (p: PasswordResetParams) =>
    renderParts(createElement(PasswordReset, { params: p }), passwordResetSubject(p)),
  recipientNotice: (p: RecipientNoticeParams) =>
    renderParts(createElement(RecipientNotice, { params: p }), recipientNoticeSubject(p), PLAIN_HEADINGS),
};
