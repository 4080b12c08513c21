import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

/** Field order, labels and the checks made on leaving a field, for the portal request form. */
export type FormMessages = Messages["form"];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Option lists come from the message keys, which mirror the intake schema (keeps zod out of the browser bundle).

const FIELD_ORDER = [
  "restrictionGround",
  "objectionScope",
  "scope",
  "fullName",
  "email",
  "accountReference",
  "jurisdiction",
  "details",
  "acknowledge",
];

/** Summary entries follow the order of the fields on the page (rows come first). */
export function fieldOrder(name: string): number {
  const row = /^row-(\d+)-(field|value)$/.exec(name);
  if (row) return -1000 + Number(row[1]) * 2 + (row[2] === "value" ? 1 : 0);
  const i = FIELD_ORDER.indexOf(name);
  return i === -1 ? FIELD_ORDER.length : i;
}

/** Checks a field when the visitor leaves it (JavaScript only); the server checks everything again. */
export function checkOnBlur(name: string, value: string): string | null {
  if (["fullName", "email"].includes(name) && !value.trim()) return "required";
  if (name === "email" && !EMAIL.test(value.trim())) return "email";
  return null;
}

/** The label a field has on the page, for the error summary. */
export function fieldLabel(t: FormMessages, name: string, type?: string): string {
  const row = /^row-(\d+)-(field|value)$/.exec(name);
  if (row) return fill(row[2] === "field" ? t.rowField : t.rowValue, { n: Number(row[1]) + 1 });
  const labels: Record<string, string> = {
    restrictionGround: t.groundLegend,
    objectionScope: t.objectionLegend,
    scope: t.scope,
    fullName: t.fullName,
    email: t.email,
    accountReference: t.accountReference,
    jurisdiction: t.jurisdiction,
    details: type === "question_profiling" ? t.profilingDetails : t.details,
    acknowledge: t.acknowledgeShort,
  };
  // A question-like label ("What do you object to?") would read badly before the colon.
  return (labels[name] ?? name).replace(/\s*\?$/, "");
}
