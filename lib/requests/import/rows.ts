import { ZodError } from "zod";
import { isValidLocalDate, isValidTimeZone, offsetMs } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { OPT_OUT_DEFAULT_JURISDICTION } from "@/lib/domain/opt-out-eligibility";
import { grantedAtResidence } from "@/lib/domain/rights";
import { isOptOutType, type StaffRole } from "@/lib/domain/vocabulary";
import { intakeSchema } from "@/lib/requests/intake/intake-schema";
import { staffRequestFields, staffSubmission } from "@/lib/requests/intake/staff-intake";
import type { CsvRecord } from "./csv-parse";

const NOT_OFFERED = "this right is not offered under the law of this place of residence";

/** The columns of an import file, in the order of the template; the first six are required. */
export const IMPORT_COLUMNS = [
  "type",
  "channel",
  "received_at",
  "email",
  "full_name",
  "locale",
  "residence",
  "account_reference",
  "details",
  "rectification_field",
  "rectification_current",
  "rectification_new",
  "restriction_ground",
  "objection_scope",
  "identity_method",
  "identity_note",
  "notes",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ["type", "channel", "received_at", "email", "full_name", "locale"];
export const IMPORT_MAX_ROWS = 5000;

export interface RowProblem {
  /** 1 = the first data row (0 = the header). */
  row: number;
  column: string;
  reason: string;
}

export type ImportRow = Partial<Record<ImportColumn, string>>;

// The intake's field names → the file's columns, to report a zod issue against the column it came from.
const FIELD_COLUMN: Record<string, ImportColumn> = {
  type: "type",
  channel: "channel",
  receivedAt: "received_at",
  email: "email",
  fullName: "full_name",
  locale: "locale",
  jurisdiction: "residence",
  accountReference: "account_reference",
  details: "details",
  rectification: "rectification_new",
  restrictionGround: "restriction_ground",
  objectionScope: "objection_scope",
  identityMethod: "identity_method",
  identityNote: "identity_note",
};

/** Reads the header and the records into rows keyed by column; problems with the header itself come back as row 0. */
export function rowsOf(records: CsvRecord[]): { rows: ImportRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: [{ row: 0, column: "", reason: "the file is empty" }] };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  names.forEach((n, i) => {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(n))
      problems.push({ row: 0, column: n || `#${i + 1}`, reason: "is not a known column (see the template)" });
  });
  for (const need of REQUIRED)
    if (!names.includes(need)) problems.push({ row: 0, column: need, reason: "is a required column" });
  if (data.length > IMPORT_MAX_ROWS)
    problems.push({
      row: 0,
      column: "",
      reason: `the file has ${data.length} rows; at most ${IMPORT_MAX_ROWS} per import`,
    });
  const rows = data.map((r, i) => {
    if (r.fields.length !== names.length)
      problems.push({
        row: i + 1,
        column: "",
        reason: `has ${r.fields.length} fields, the header has ${names.length}`,
      });
    const row: ImportRow = {};
    names.forEach((n, j) => {
      if ((IMPORT_COLUMNS as readonly string[]).includes(n)) row[n as ImportColumn] = (r.fields[j] ?? "").trim();
    });
    return row;
  });
  return { rows, problems };
}

const ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))? +([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC)$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A receipt time with its zone: an ISO instant with an offset or Z (`2026-11-02T09:30:00+01:00`), or a
 * local time followed by an IANA zone (`2026-11-02 09:30 Europe/Paris`). A time without a zone is refused:
 * its instant, hence the legal clock, would depend on the server's zone.
 */
export function parseReceivedAt(text: string): Date | string {
  const value = text.trim();
  if (!value) return "is required";
  if (WITH_OFFSET.test(value)) {
    const d = new Date(value.replace(" ", "T"));
    // Date rolls 2026-02-30 over to 2 March: the calendar date written must exist (the zoned branch checks it too).
    if (Number.isNaN(d.getTime()) || !isValidLocalDate(value.slice(0, 10))) return "is not a valid date and time";
    return d;
  }
  const m = ZONED.exec(value);
  if (!m) return "must give a date, a time and its zone: 2026-11-02T09:30:00+01:00 or 2026-11-02 09:30 Europe/Paris";
  const zone = m[7]!;
  if (!isValidTimeZone(zone)) return `names an unknown time zone (${zone})`;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  if (new Date(wall).getUTCDate() !== d || h! > 23 || mi! > 59) return "is not a valid date and time";
  let instant = wall - offsetMs(new Date(wall), zone);
  instant = wall - offsetMs(new Date(instant), zone);
  return new Date(instant);
}

/** A row as the staff intake form would post it (the same field names, the same validation). */
export function intakeFieldsOf(row: ImportRow, receivedAt: Date): Record<string, unknown> {
  const v = (c: ImportColumn) => row[c] || undefined;
  return {
    type: v("type"),
    channel: v("channel"),
    receivedAt: receivedAt.toISOString(),
    email: v("email"),
    fullName: v("full_name"),
    locale: v("locale")?.toLowerCase(),
    jurisdiction: v("residence"),
    accountReference: v("account_reference"),
    details: v("details"),
    rectField: v("rectification_field"),
    rectCurrent: v("rectification_current"),
    rectNew: v("rectification_new"),
    restrictionGround: v("restriction_ground"),
    objectionScope: v("objection_scope"),
    identityMethod: v("identity_method") ?? "",
    identityNote: v("identity_note"),
  };
}

/**
 * Checks one row exactly as the staff intake checks its form (staffSubmission, then the intake schema
 * the use case parses with), and says which column is wrong and why. Nothing is written.
 */
export function checkRow(
  row: ImportRow,
  index: number,
  staff: { id: string; role: StaffRole },
  now: Date,
): RowProblem[] {
  const at = parseReceivedAt(row.received_at ?? "");
  if (typeof at === "string") return [{ row: index, column: "received_at", reason: at }];
  const problems: RowProblem[] = [];
  if ((row.notes ?? "").length > 5000)
    problems.push({ row: index, column: "notes", reason: "must be at most 5000 characters" });
  const fields = intakeFieldsOf(row, at);
  // The intake schema's checks run even when the staff part (channel, identity) failed: every problem at once.
  const parsed = intakeSchema.safeParse(staffRequestFields(fields));
  if (!parsed.success) problems.push(...issuesOf(parsed.error, index));
  // An opt-out the row's residence does not grant (a targeted-advertising opt-out for a French resident)
  // would fail the whole import's transaction at intake: name it here, like the intake does.
  // Any other right the residence does not grant is imported, as the staff form records it (valid-intake.ts).
  const type = row.type ?? "";
  const residence = (row.residence || OPT_OUT_DEFAULT_JURISDICTION).trim().toUpperCase();
  if (isOptOutType(type) && !grantedAtResidence(residence, type))
    problems.push({ row: index, column: "residence", reason: NOT_OFFERED });
  try {
    staffSubmission(fields, staff, now);
  } catch (err) {
    if (err instanceof ZodError) problems.push(...issuesOf(err, index));
    else if (err instanceof DomainError)
      for (const [field, reason] of Object.entries(err.fields ?? { "": err.message }))
        problems.push({ row: index, column: FIELD_COLUMN[field] ?? field, reason });
    else throw err;
  }
  return problems;
}

function issuesOf(err: ZodError, index: number): RowProblem[] {
  return err.issues.map((i) => {
    const field = String(i.path[0] ?? "");
    const column =
      field === "rectification" && i.path[2] === "field" ? "rectification_field" : (FIELD_COLUMN[field] ?? field);
    return { row: index, column, reason: i.message };
  });
}
