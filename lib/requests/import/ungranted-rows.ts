import type { requestImports } from "@/lib/db/schema";
import { regimeForResidence } from "@/lib/domain/deadline";
import { regimeGrants, type RightKey } from "@/lib/domain/rights";
import { isOptOutType, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import type { ImportRow } from "./rows";

/** A row asking for a right the law of its residence does not grant (1 = the first data row), as stored. */
export type ImportWarning = (typeof requestImports.$inferSelect)["warnings"][number];

/**
 * The rows the preview flags before anything is filed: each asks for a right the law of its residence does not
 * grant. They are imported all the same, as the staff form records such a letter (valid-intake.ts:
 * recordsUngrantedRights), and each request page then offers the ground `right_not_granted`; the preview says so
 * first, so a wrong residence column can be fixed before the file is confirmed. An opt-out is not a warning but a
 * problem (checkRow): it is refused at intake on every channel.
 */
export function ungrantedRows(rows: readonly ImportRow[], defaultJurisdiction: string): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  rows.forEach((row, i) => {
    const type = row.type ?? "";
    if (!(REQUEST_TYPES as readonly string[]).includes(type) || isOptOutType(type)) return;
    // An empty column: the staff intake's own default (validIntake: env DEFAULT_JURISDICTION).
    const residence = (row.residence || defaultJurisdiction).trim().toUpperCase();
    const law = regimeForResidence(residence);
    if (law && !regimeGrants(law, type as RightKey)) warnings.push({ row: i + 1, type, residence, law });
  });
  return warnings;
}
