"use client";

import { useState, useTransition } from "react";
import type { PreviewSet } from "@/lib/fulfilment/view/types";
import { ActionForm } from "../../components/action-form";
import { approvePackageAction, loadPackagePreview } from "./fulfilment-actions";

const FIRST_ROWS = 20;
const ALL_ROWS = 1000;

/**
 * The package review: record counts, then (on request, audited) the records themselves, where staff
 * tick the ones to leave out with a reason, and approve.
 */
export function PackageReview(p: { requestId: string; canPreview: boolean }) {
  const [preview, setPreview] = useState<PreviewSet[] | null>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [error, setError] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [loading, startLoading] = useTransition();

  const load = (n: number) =>
    startLoading(async () => {
      const r = await loadPackagePreview(p.requestId, n);
      if (r.ok) {
        setPreview(r.value);
        setLimit(n);
        setError(null);
      } else setError(r.message);
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
        excluded.size ? `Approve without ${excluded.size} record${excluded.size === 1 ? "" : "s"}` : "Approve package"
      }
      pendingLabel="Approving…"
      label="Approve the package"
    >
      <input type="hidden" name="requestId" value={p.requestId} />
      {p.canPreview && preview === null ? (
        <div>
          <button
            type="button"
            className="button secondary"
            onClick={() => load(FIRST_ROWS)}
            disabled={loading}
            aria-describedby="preview-hint"
          >
            {loading ? "Loading…" : "Show the records to review"}
          </button>{" "}
          <span id="preview-hint" className="muted small">
            Opens the subject&apos;s data; the view is recorded in the audit log.
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
          <p className="muted small">
            Tick a record to leave it out of the package (for example: another person&apos;s data, a trade secret) and
            say why. The subject is told how many records were left out.
          </p>
          {preview.length === 0 ? <p className="muted">No records were found in any system.</p> : null}
          {preview.map((set, si) => (
            <div key={`${si}-${set.name}`} className="preview-set">
              {set.total === 0 ? (
                <p className="small">
                  <strong>{set.name}</strong> <span className="muted">· {set.category} · no records</span>
                </p>
              ) : (
                <div className="table-scroll">
                  <table className="steps preview-table" aria-label={`Records of ${set.name}`}>
                    <caption>
                      <strong>{set.name}</strong>{" "}
                      <span className="muted">
                        · {set.category} · {set.total} record
                        {set.total === 1 ? "" : "s"}
                        {set.total > set.rows.length ? `, first ${set.rows.length} shown` : ""}
                      </span>
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Leave out</th>
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
                                aria-label={`Leave out record ${row.index + 1} of ${set.name}`}
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
                      Why record {row.index + 1} of {set.name} is left out
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
              {loading ? "Loading…" : "Show every record (audited again)"}
            </button>
          ) : null}
        </div>
      ) : null}
    </ActionForm>
  );
}
