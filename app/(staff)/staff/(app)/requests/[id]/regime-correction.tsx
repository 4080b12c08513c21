import type { RequestRow } from "@/lib/db/queries/requests";
import { staffResidenceOptions } from "@/lib/i18n/residence-label";
import { ActionForm } from "../../components/action-form";
import { currentStaffLocale, currentStaffWords } from "../../components/staff-words";
import { correctResidenceAction } from "./actions";

/**
 * Staff correct where the requester lives (hence their regime); the due dates are recomputed in the
 * controller's calendar in the same transaction, and the reason is audited.
 */
export async function RegimeCorrection({
  request: r,
}: {
  /** extendedAt: a law without extension would drop it (correct-residence.ts). */
  request: Pick<RequestRow, "id" | "version" | "jurisdiction" | "extendedAt">;
}) {
  const p = { requestId: r.id, version: r.version, jurisdiction: r.jurisdiction, extended: r.extendedAt !== null };
  const t = (await currentStaffWords()).regime;
  const locale = await currentStaffLocale();
  return (
    <details>
      <summary>{t.summary}</summary>
      <ActionForm
        action={correctResidenceAction}
        submitLabel={t.submit}
        pendingLabel={t.saving}
        label={t.label}
        confirm={t.confirm}
      >
        {p.extended ? <p className="caution">{t.extendedNote}</p> : null}
        <input type="hidden" name="requestId" value={p.requestId} />
        <input type="hidden" name="expectedVersion" value={p.version} />
        <div className="compact-field">
          <label htmlFor="correct-jurisdiction">{t.livesIn}</label>
          <select id="correct-jurisdiction" name="jurisdiction" defaultValue={p.jurisdiction}>
            {staffResidenceOptions(locale).map((j) => (
              <option key={j.code} value={j.code}>
                {j.label}
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor="correct-reason">{t.reason}</label>
          <textarea id="correct-reason" name="reason" required minLength={10} maxLength={1000} />
        </div>
      </ActionForm>
    </details>
  );
}
