"use client";

import { useState, useTransition } from "react";
import type { PreviewSet } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { useStaffMessages } from "../../components/staff-locale";
import { approvePackageAction, loadPackagePreview } from "./fulfilment-actions";
import { ProfilingAnswerFields } from "./profiling-answer-fields";

const FIRST_ROWS = 20;
const ALL_ROWS = 1000;

/**
 * The package review: record counts, then (on request, audited) the records themselves, where staff
 * tick the ones to leave out with a reason, and approve.
 */
export function PackageReview(p: { requestId: string; canPreview: boolean; questionsProfiling: boolean }) {
  const [preview, setPreview] = useState<PreviewSet[] | null>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [error, setError] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [loading, startLoading] = useTransition();
  const all = useStaffMessages();
  const t = all.gates.package;

  const load = (n: number) =>
    startLoading(async () => {
      const r = await loadPackagePreview(p.requestId, n);
      if (r.ok) {
        setPreview(r.value);
        setLimit(n);
        setError(null);
      } else setError(lookup(all.errors, r.code, r.message));
    });
  const toggle = (key: string, on: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const truncated = preview?.some((s) => s.total > s.rows.length) ?? false;

  return (
    <ActionForm
      action={approvePackageAction}
      submitLabel={
        p.questionsProfiling
          ? t.profiling.approve
          : excluded.size
            ? fill(excluded.size === 1 ? t.approveWithoutOne : t.approveWithout, { n: excluded.size })
            : t.approve
      }
      pendingLabel={t.approving}
      label={t.approveLabel}
      announce
    >
      <input type="hidden" name="requestId" value={p.requestId} />
      {p.questionsProfiling ? <ProfilingAnswerFields t={t.profiling} /> : null}
      {p.canPreview && preview === null ? (
        <div>
          <button
            type="button"
            className="button secondary"
            onClick={() => load(FIRST_ROWS)}
            disabled={loading}
            aria-describedby="preview-hint"
          >
            {loading ? t.loading : t.show}
          </button>{" "}
          <span id="preview-hint" className="muted small">
            {t.showHint}
          </span>
        </div>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {preview ? (
        <div className="package-preview" data-testid="package-preview">
          <p className="muted small">{t.tickHint}</p>
          {preview.length === 0 ? <p className="muted">{t.noRecords}</p> : null}
          {preview.map((set, si) => (
            <div key={`${si}-${set.name}`} className="preview-set">
              {set.total === 0 ? (
                <p className="small">
                  <strong>{set.name}</strong>{" "}
                  <span className="muted">
                    · {set.category} · {t.setNoRecords}
                  </span>
                </p>
              ) : (
                <div className="table-scroll">
                  <table className="steps preview-table" aria-label={fill(t.recordsOf, { set: set.name })}>
                    <caption>
                      <strong>{set.name}</strong>{" "}
                      <span className="muted">
                        · {set.category} · {fill(set.total === 1 ? t.setCountOne : t.setCount, { n: set.total })}
                        {set.total > set.rows.length ? fill(t.firstShown, { n: set.rows.length }) : ""}
                      </span>
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.leaveOut}</th>
                        <th scope="col">#</th>
                        {set.columns.map((c) => (
                          <th key={c} scope="col">
                            {c}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {set.rows.map((row) => {
                        const key = `${set.name}|${row.index}`;
                        const on = excluded.has(key);
                        const id = `ex-${si}-${row.index}`;
                        return (
                          <tr key={key} className={on ? "excluded" : undefined}>
                            <td>
                              <input
                                type="checkbox"
                                id={id}
                                name="exclude"
                                value={key}
                                checked={on}
                                onChange={(e) => toggle(key, e.target.checked)}
                                aria-label={fill(t.leaveOutLabel, { n: row.index + 1, set: set.name })}
                              />
                            </td>
                            <td>{row.index + 1}</td>
                            {set.columns.map((c) => (
                              <td key={c} className="cell">
                                {row.values[c]}
                              </td>
                            ))}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
              {set.rows
                .filter((row) => excluded.has(`${set.name}|${row.index}`))
                .map((row) => (
                  <div key={row.index} className="compact-field exclusion-reason">
                    <label htmlFor={`reason-${si}-${row.index}`}>
                      {fill(t.whyLeftOut, { n: row.index + 1, set: set.name })}
                    </label>
                    <input
                      id={`reason-${si}-${row.index}`}
                      type="text"
                      name={`reason|${set.name}|${row.index}`}
                      required
                      minLength={3}
                      maxLength={500}
                    />
                  </div>
                ))}
            </div>
          ))}
          {truncated && limit < ALL_ROWS ? (
            <button type="button" className="linkbutton" onClick={() => load(ALL_ROWS)} disabled={loading}>
              {loading ? t.loading : t.showAll}
            </button>
          ) : null}
        </div>
      ) : null}
    </ActionForm>
  );
}
