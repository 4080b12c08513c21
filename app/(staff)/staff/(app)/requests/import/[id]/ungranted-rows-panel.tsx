import { regimeShortName } from "@/lib/domain/deadline/regime-names";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { lookup, type StaffMessages } from "@/lib/i18n/staff";
import type { ImportWarning } from "@/lib/requests/import/ungranted-rows";

/**
 * The preview's rows that ask for a right the law of their residence does not grant: imported all the same (as
 * the staff form records such a letter), named here so that a wrong residence column is fixed before confirming.
 */
export function UngrantedRowsPanel(p: { warnings: ImportWarning[]; words: StaffMessages; locale: Locale }) {
  if (p.warnings.length === 0) return null;
  const t = p.words.imports;
  return (
    <section className="panel caution" role="note" aria-labelledby="h-ungranted" data-testid="import-ungranted">
      <h2 id="h-ungranted">{fill(t.warningsTitle, { n: p.warnings.length })}</h2>
      <p>{fill(t.warningsHint, { ground: p.words.actions.refusalReasons.right_not_granted })}</p>
      <div className="integrations-scroll">
        <table className="queue" aria-labelledby="h-ungranted">
          <thead>
            <tr>
              <th scope="col">{t.warningColumns.row}</th>
              <th scope="col">{t.warningColumns.type}</th>
              <th scope="col">{t.warningColumns.residence}</th>
            </tr>
          </thead>
          <tbody>
            {p.warnings.map((w) => (
              <tr key={w.row}>
                <td>{w.row}</td>
                <td>{lookup(p.words.types, w.type)}</td>
                <td>
                  {w.residence} ({regimeShortName(w.law, p.locale)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
