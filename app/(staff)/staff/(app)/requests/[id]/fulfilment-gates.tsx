import { staffInstantFormatter } from "@/app/(staff)/staff/(app)/components/controller-time";
import type { FulfilmentView } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { approveErasureAction } from "./fulfilment-actions";
import { fill } from "@/lib/i18n/fill";
import { textIn } from "@/lib/domain/text-in-languages";
import { currentStaffLocale, currentStaffWords } from "../../components/staff-words";
import { PackageReview } from "./fulfilment-review";
import { erasureExemptionLabel } from "./erasure-exemption-label";
import { controllerProfile } from "@/lib/env";

/** The package review gate: counts for everyone; the records (audited) for those who may review. */
export async function PackageGate({ v }: { v: FulfilmentView }) {
  const pkg = v.package;
  const t = (await currentStaffWords()).gates.package;
  return (
    <div className="gate" aria-labelledby="h-gate-package" data-testid="gate-review-package">
      <h3 id="h-gate-package">{t.title}</h3>
      {pkg ? (
        <table className="steps counts" aria-label={t.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{t.set}</th>
              <th scope="col">{t.records}</th>
            </tr>
          </thead>
          <tbody>
            {pkg.sets.map((s) => (
              <tr key={s.name}>
                <td>{s.name}</td>
                <td>{s.records}</td>
              </tr>
            ))}
            <tr className="total">
              <td>{t.total}</td>
              <td>{pkg.totalRecords}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">{t.notBuilt}</p>
      )}
      {v.may.review ? (
        <PackageReview
          requestId={v.requestId}
          canPreview={v.may.viewSubject}
          questionsProfiling={v.requestType === "question_profiling"}
        />
      ) : (
        <p className="muted">{t.waiting}</p>
      )}
    </div>
  );
}

/** The erasure plan per system and table, with the DPO's approval while it waits for it. */
export async function ErasurePlan({ v }: { v: FulfilmentView }) {
  const formatAt = await staffInstantFormatter();
  const plan = v.erasurePlan ?? [];
  const waiting = v.gate?.operation === "approve_erasure";
  if (plan.length === 0 || (!waiting && !plan.some((s) => s.known))) return null;
  const t = (await currentStaffWords()).gates.erasure;
  const locale = await currentStaffLocale();
  const lead = controllerProfile().authority;
  const exemption = (recorded: Parameters<typeof erasureExemptionLabel>[0]) =>
    erasureExemptionLabel(recorded, { regime: v.regime, locale, lead, requestType: v.requestType });
  return (
    <div className="gate" aria-labelledby="h-gate-erasure" data-testid="erasure-plan">
      <h3 id="h-gate-erasure">{t.title}</h3>
      <table className="steps plan">
        <thead>
          <tr>
            <th scope="col">{t.table}</th>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.rows}</th>
            <th scope="col">{t.fields}</th>
            <th scope="col">{t.exemption}</th>
          </tr>
        </thead>
        {plan.map((sys) => (
          <tbody key={sys.systemId} data-system={sys.systemName}>
            <tr className="system-row">
              <th scope="rowgroup" colSpan={5}>
                {sys.systemName}
              </th>
            </tr>
            {!sys.known ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t.notDiscovered}
                </td>
              </tr>
            ) : sys.actions.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t.nothingFound}
                </td>
              </tr>
            ) : (
              sys.actions.map((a) => (
                <tr key={a.table} data-table={a.table} data-action={a.action} className={`act-${a.action}`}>
                  <td data-label={t.table}>{a.table}</td>
                  <td className="action" data-label={t.action}>
                    {t.actions[a.action]}
                  </td>
                  <td data-label={t.rows}>{a.rows}</td>
                  <td className="fields" data-label={t.fields}>
                    {(a.fields ?? []).join(", ")}
                  </td>
                  <td data-label={t.exemption}>
                    {a.action === "retain" ? (
                      <span>
                        <strong>{exemption(a.exemption)}</strong>
                        {a.reason ? ` — ${textIn(a.reason, locale)}` : ""}
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
      {waiting ? (
        v.may.approveErasure ? (
          <ActionForm
            action={approveErasureAction}
            submitLabel={t.approve}
            pendingLabel={t.approving}
            danger
            confirm={t.confirm}
            label={t.approveLabel}
            announce
          >
            <input type="hidden" name="requestId" value={v.requestId} />
            <div className="compact-field">
              <label htmlFor="erasure-note">{t.note}</label>
              <input id="erasure-note" name="note" type="text" maxLength={2000} />
            </div>
          </ActionForm>
        ) : (
          <p className="muted" data-testid="erasure-awaiting-dpo">
            {t.awaitingDpo}
          </p>
        )
      ) : v.erasureApproval ? (
        <p className="muted">
          {fill(t.approvedBy, { name: v.erasureApproval.by ?? t.someone })}
          {v.erasureApproval.at ? fill(t.on, { at: formatAt(v.erasureApproval.at) }) : ""}
          {v.erasureApproval.note ? ` — ${v.erasureApproval.note}` : ""}.
        </p>
      ) : null}
    </div>
  );
}
