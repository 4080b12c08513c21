import { intakeSchema, OBJECTION_SCOPES, RESTRICTION_GROUNDS } from "@/lib/requests/intake/intake-schema";
import { grantedAtResidence } from "@/lib/domain/rights";
import type { RequestType } from "@/lib/domain/vocabulary";
import type { Locale } from "@/lib/domain/locale";

export const MIN_ROWS = 3;
export const MAX_ROWS = 50;

/** What the form page needs to re-render after a post: field error codes and what the visitor typed. */
export interface RequestFormState {
  errors: Record<string, string>;
  values: Record<string, string>;
  rows: number;
  formError?: string;
}

export const initialFormState = (jurisdiction: string): RequestFormState => ({
  errors: {},
  values: { jurisdiction },
  rows: MIN_ROWS,
});

const TEXT_FIELDS = [
  "fullName",
  "email",
  "accountReference",
  "jurisdiction",
  "details",
  "scope",
  "restrictionGround",
  "objectionScope",
  "acknowledge",
  "website",
  // California's identity questions (data-points-fields.tsx), matched after filing.
  "dp-lastName",
  "dp-phone",
  "dp-postcode",
  "dp-orderNumber",
  // The declaration under penalty of perjury for specific pieces (11 CCR § 7062(c)): "yes" when ticked.
  "dp-declaration",
] as const;

export function formValues(formData: FormData, rows: number): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of TEXT_FIELDS) values[name] = String(formData.get(name) ?? "");
  for (let i = 0; i < rows; i++) {
    values[`row-${i}-field`] = String(formData.get(`row-${i}-field`) ?? "");
    values[`row-${i}-value`] = String(formData.get(`row-${i}-value`) ?? "");
  }
  return values;
}

export function rowCount(formData: FormData): number {
  const n = Number(formData.get("rows") ?? MIN_ROWS);
  return Number.isInteger(n) ? Math.min(MAX_ROWS, Math.max(MIN_ROWS, n)) : MIN_ROWS;
}

/**
 * Turns the posted form into the intake input, or field error codes (keyed by input name) that the
 * page shows in the visitor's language. The intake schema stays the one source of the rules.
 */
export function toIntakeInput(
  type: RequestType,
  locale: Locale,
  v: Record<string, string>,
  rows: number,
  scopeLabel: string,
) {
  const errors: Record<string, string> = {};
  if (v.acknowledge !== "yes") errors.acknowledge = "acknowledge";

  const filledRows: { index: number; field: string; newValue: string }[] = [];
  if (type === "rectification") {
    for (let i = 0; i < rows; i++) {
      const field = (v[`row-${i}-field`] ?? "").trim();
      const newValue = (v[`row-${i}-value`] ?? "").trim();
      if (field || newValue) filledRows.push({ index: i, field, newValue });
    }
  }
  const scope = v.scope?.trim();
  const details = [
    scope && (type === "access" || type === "erasure" || type === "portability") ? `${scopeLabel}: ${scope}` : "",
    v.details?.trim() ?? "",
  ]
    .filter(Boolean)
    .join("\n\n");
  const input = {
    type,
    locale,
    fullName: v.fullName ?? "",
    email: v.email ?? "",
    jurisdiction: v.jurisdiction || undefined,
    accountReference: v.accountReference?.trim() || undefined,
    details: details || undefined,
    rectification:
      type === "rectification" ? filledRows.map(({ field, newValue }) => ({ field, newValue })) : undefined,
    restrictionGround:
      type === "restriction" && (RESTRICTION_GROUNDS as readonly string[]).includes(v.restrictionGround ?? "")
        ? v.restrictionGround
        : undefined,
    objectionScope:
      type === "objection" && (OBJECTION_SCOPES as readonly string[]).includes(v.objectionScope ?? "")
        ? v.objectionScope
        : undefined,
  };
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, leaf] = issue.path;
      const tooLong = issue.code === "too_big";
      let name: string;
      let code: string;
      if (head === "rectification" && typeof index === "number") {
        const row = filledRows[index]?.index ?? index;
        name = leaf === "field" ? `row-${row}-field` : `row-${row}-value`;
        code = tooLong ? "too_long" : leaf === "field" ? "row_field" : "row_value";
      } else if (head === "rectification") {
        name = "row-0-field";
        code = "rows";
      } else if (head === "restrictionGround") {
        [name, code] = ["restrictionGround", "ground"];
      } else if (head === "objectionScope") {
        [name, code] = ["objectionScope", "objection"];
      } else if (head === "jurisdiction") {
        [name, code] = ["jurisdiction", "jurisdiction"];
      } else if (head === "email") {
        [name, code] = ["email", tooLong ? "too_long" : v.email?.trim() ? "email" : "required"];
      } else if (head === "details") {
        [name, code] = ["details", tooLong ? "too_long" : "required"];
      } else {
        name = String(head ?? "form");
        code = tooLong ? "too_long" : "required";
      }
      errors[name] ??= code;
    }
  }
  // The right must be one the law of the chosen residence grants (the intake's own rule, asked before it refuses).
  const residence = v.jurisdiction?.trim();
  if (residence && !errors.jurisdiction && !grantedAtResidence(residence, type)) errors.jurisdiction = "not_granted";
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false as const, errors };
  return { ok: true as const, input: parsed.data };
}
