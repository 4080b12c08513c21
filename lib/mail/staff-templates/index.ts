import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { Assignment, assignmentSubject, type AssignmentParams } from "./assignment";
import { DeadlineAlert, deadlineAlertSubject, type DeadlineAlertParams } from "./deadline-alert";
import { Digest, digestSubject, type DigestParams } from "./digest";

export type { AssignmentParams } from "./assignment";
export type { DeadlineAlertParams } from "./deadline-alert";
export type { DigestParams } from "./digest";

async function renderParts(element: ReturnType<typeof createElement>, subject: string) {
  const html = await render(element);
  return { subject: subject.replace(/[\r\n\t]+/g, " ").trim(), html, text: toPlainText(html).trim() + "\n" };
}

/** Staff mails (English): assignment, deadline alerts and escalations, the daily digest. */
export const staffMails = {
  assignment: (p: AssignmentParams) => renderParts(createElement(Assignment, { params: p }), assignmentSubject(p)),
  deadlineAlert: (p: DeadlineAlertParams) => renderParts(createElement(DeadlineAlert, { params: p }), deadlineAlertSubject(p)),
  digest: (p: DigestParams) => renderParts(createElement(Digest, { params: p }), digestSubject(p)),
};
