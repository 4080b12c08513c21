/** The variables a reply template may use; anything else in braces is left as written. */
export const REPLY_TEMPLATE_VARIABLES = ["reference", "dueDate", "type", "name"] as const;
export type ReplyTemplateVariable = (typeof REPLY_TEMPLATE_VARIABLES)[number];

/**
 * A template's text for one request: `{reference}`, `{dueDate}`, `{type}`, `{name}` replaced by the
 * given values; a variable without a value (the name for a role that may not see it) stays visible
 * as written so staff notice and complete it before sending.
 */
export function fillReplyTemplate(body: string, values: Partial<Record<ReplyTemplateVariable, string>>): string {
  return body.replace(
    /\{(reference|dueDate|type|name)\}/g,
    (whole, key: ReplyTemplateVariable) => values[key] ?? whole,
  );
}
