"use client";

import { useState } from "react";
import { useStaffMessages } from "../../components/staff-locale";
import { fill } from "@/lib/i18n/fill";

/** The limit the server reads (staff-intake.ts MAX_CORRECTION_ROWS): the button stops offering more there. */
const MAX_ROWS = 50;

/**
 * The corrections a person asked for by phone or letter, one row each (field, current value, new value): the
 * first row's inputs are rectField/rectCurrent/rectNew, the next ones the same with _1, _2… (staff-intake.ts).
 */
export function CorrectionRows() {
  const w = useStaffMessages().intake;
  // Stable keys, so removing a row in the middle keeps what was typed in the others.
  const [rows, setRows] = useState<number[]>([0]);
  const [next, setNext] = useState(1);
  return (
    <>
      {rows.map((key, i) => {
        const suffix = i === 0 ? "" : `_${i}`;
        const n = i + 1;
        return (
          <fieldset key={key} data-testid={`correction-row-${n}`}>
            <legend>{rows.length === 1 ? w.correction : fill(w.correctionN, { n })}</legend>
            <div className="compact-field">
              <label htmlFor={`rectField${suffix}`}>{w.field}</label>
              <input id={`rectField${suffix}`} name={`rectField${suffix}`} type="text" required maxLength={200} />
            </div>
            <div className="compact-field">
              <label htmlFor={`rectCurrent${suffix}`}>{w.current}</label>
              <input id={`rectCurrent${suffix}`} name={`rectCurrent${suffix}`} type="text" maxLength={1000} />
            </div>
            <div className="compact-field">
              <label htmlFor={`rectNew${suffix}`}>{w.newValue}</label>
              <input id={`rectNew${suffix}`} name={`rectNew${suffix}`} type="text" required maxLength={1000} />
            </div>
            {rows.length > 1 ? (
              <button type="button" className="button secondary" onClick={() => setRows(rows.filter((k) => k !== key))}>
                {fill(w.removeCorrection, { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rows.length < MAX_ROWS ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setRows([...rows, next]);
            setNext(next + 1);
          }}
        >
          {w.addCorrection}
        </button>
      ) : null}
    </>
  );
}
